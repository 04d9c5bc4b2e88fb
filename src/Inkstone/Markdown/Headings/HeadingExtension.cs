using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.Headings;

/// <summary>Replaces Markdig's heading renderer with one that adds a self-link.</summary>
internal sealed class HeadingExtension(bool english) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.RemoveAll(r => r is HeadingRenderer);
            html.ObjectRenderers.Insert(0, new AnchoredHeadingRenderer(english ? "Link to this section" : "链接到本节"));
        }
    }
}
