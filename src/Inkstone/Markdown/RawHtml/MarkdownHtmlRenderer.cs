using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.RawHtml;

/// <summary>Writes the element's tags as written and its content as rendered Markdown.</summary>
internal sealed class MarkdownHtmlRenderer : HtmlObjectRenderer<MarkdownHtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, MarkdownHtmlBlock block)
    {
        renderer.EnsureLine();
        renderer.WriteLine(block.Opening);
        renderer.WriteChildren(block);
        renderer.EnsureLine();
        renderer.WriteLine($"</{block.Tag}>");
    }
}
