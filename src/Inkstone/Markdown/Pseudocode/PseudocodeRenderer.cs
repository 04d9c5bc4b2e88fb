using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.Pseudocode;

/// <summary>
/// Writes an algorithm as a <c>figure</c>: the numbered caption, then an ordered list of lines, each with its number,
/// one empty span per level of depth (the theme draws the indentation guides on them), its text and its comment.
/// </summary>
internal sealed class PseudocodeRenderer : HtmlObjectRenderer<PseudocodeBlock>
{
    protected override void Write(HtmlRenderer renderer, PseudocodeBlock block)
    {
        renderer.EnsureLine();
        renderer.WriteLine(PseudocodeView.Of(block).Html());
    }
}
