using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.Sidenotes;

/// <summary>Writes a marginal note as one element read in its place (<c>role="note"</c>); the theme moves it into the margin on wide screens.</summary>
internal sealed class MarginNoteRenderer : HtmlObjectRenderer<MarginNoteInline>
{
    protected override void Write(HtmlRenderer renderer, MarginNoteInline note)
    {
        renderer.Write("<span class=\"marginnote\" role=\"note\">");
        renderer.WriteChildren(note);
        renderer.Write("</span>");
    }
}
