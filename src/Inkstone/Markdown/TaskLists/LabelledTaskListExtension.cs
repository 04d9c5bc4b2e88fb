using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;

namespace Inkstone.Markdown.TaskLists;

/// <summary>Replaces Markdig's task-list checkbox renderer with one whose checkbox has a name.</summary>
internal sealed class LabelledTaskListExtension(bool english) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.RemoveAll(r => r is HtmlTaskListRenderer);
            html.ObjectRenderers.Add(new LabelledTaskListRenderer(english ? "Done" : "完成"));
        }
    }
}
