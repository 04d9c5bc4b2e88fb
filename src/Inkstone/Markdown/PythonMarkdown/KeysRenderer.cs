using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.PythonMarkdown;

/// <summary>Writes a key combination as <c>&lt;kbd&gt;</c> elements joined by "+", in one span that keeps them on one line.</summary>
internal sealed class KeysRenderer : HtmlObjectRenderer<KeysInline>
{
    protected override void Write(HtmlRenderer renderer, KeysInline keys)
    {
        renderer.Write("<span class=\"keys\">");
        renderer.Write(string.Join("+", keys.Keys.Select(k => "<kbd>" + WebUtility.HtmlEncode(k) + "</kbd>")));
        renderer.Write("</span>");
    }
}
