using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Renderers;

namespace Inkstone.Markdown.Links;

/// <summary>Puts <see cref="BoundedAutoLinkParser"/> in the place of Markdig's autolink parser; added after <c>UseAutoLinks</c>.</summary>
internal sealed class BoundedAutoLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var index = pipeline.InlineParsers.FindIndex(p => p is AutoLinkParser);
        if (index >= 0)
        {
            pipeline.InlineParsers[index] = new BoundedAutoLinkParser((AutoLinkParser)pipeline.InlineParsers[index]);
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
