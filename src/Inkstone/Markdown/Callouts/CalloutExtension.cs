using Markdig;
using Markdig.Renderers;

namespace Inkstone.Markdown.Callouts;

/// <summary>Enables callouts (with <c>UseCustomContainers</c> for <c>:::</c>): every callout syntax is converted after parsing, and rendered once.</summary>
internal sealed class CalloutExtension(bool english) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= CalloutTransformer.Apply;
        pipeline.DocumentProcessed += CalloutTransformer.Apply;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CalloutRenderer>())
        {
            html.ObjectRenderers.Insert(0, new CalloutRenderer(english));
        }
    }
}
