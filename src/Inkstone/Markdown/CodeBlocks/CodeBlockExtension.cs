using Markdig;
using Markdig.Renderers;

namespace Inkstone.Markdown.CodeBlocks;

/// <summary>Puts Inkstone's code block and tab renderers in place of Markdig's code block renderer.</summary>
internal sealed class CodeBlockExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CodeBlockHtmlRenderer>())
        {
            var index = html.ObjectRenderers.FindIndex(r => r is Markdig.Renderers.Html.CodeBlockRenderer);
            html.ObjectRenderers.Insert(index < 0 ? html.ObjectRenderers.Count : index, new CodeBlockHtmlRenderer());
            html.ObjectRenderers.Insert(0, new CodeTabsRenderer());
        }
    }
}
