using Markdig;
using Markdig.Renderers;

namespace Inkstone.Markdown.HexoTags;

/// <summary>Renders the blocks Hexo's tags stand for that Markdown has no block of its own for (quotations with their source).</summary>
internal sealed class HexoTagsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<QuotationRenderer>())
        {
            html.ObjectRenderers.Insert(0, new QuotationRenderer());
        }
    }
}
