using Markdig;
using Markdig.Renderers;

namespace Inkstone.Markdown.Pseudocode;

/// <summary>Renders the pseudocode blocks that <see cref="PseudocodePreparer"/> put in place of their fences.</summary>
internal sealed class PseudocodeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<PseudocodeRenderer>())
        {
            html.ObjectRenderers.Insert(0, new PseudocodeRenderer());
        }
    }
}
