using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.Math;

/// <summary>Writes a formula bound to its punctuation (<see cref="MathPunctuationBinder"/>) in a span that does not wrap.</summary>
internal sealed class MathNoBreakHtmlRenderer : HtmlObjectRenderer<MathNoBreakInline>
{
    protected override void Write(HtmlRenderer renderer, MathNoBreakInline bound)
    {
        renderer.Write("<span class=\"math-nowrap\">");
        renderer.WriteChildren(bound);
        renderer.Write("</span>");
    }
}
