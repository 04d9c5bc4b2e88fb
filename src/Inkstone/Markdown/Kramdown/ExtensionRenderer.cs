using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.Kramdown;

/// <summary>Writes a <c>nomarkdown</c> extension's text as it is; comments and options write nothing.</summary>
internal sealed class ExtensionRenderer : HtmlObjectRenderer<ExtensionBlock>
{
    protected override void Write(HtmlRenderer renderer, ExtensionBlock block)
    {
        if (block.Name == "nomarkdown" && renderer.EnableHtmlForBlock)
        {
            renderer.EnsureLine();
            renderer.WriteLine(block.Content.ToString().TrimEnd('\n'));
        }
    }
}
