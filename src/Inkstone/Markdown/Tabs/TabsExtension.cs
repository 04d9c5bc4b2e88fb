using Markdig;
using Markdig.Renderers;

namespace Inkstone.Markdown.Tabs;

/// <summary>Renders <see cref="TabsBlock"/>s, which tags and containers of other engines' syntax put in the document.</summary>
internal sealed class TabsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<TabsRenderer>())
        {
            html.ObjectRenderers.Insert(0, new TabsRenderer());
        }
    }
}
