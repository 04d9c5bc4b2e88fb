using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.TaskLists;

/// <summary>
/// Writes a task's checkbox with an accessible name. A form control without one is announced as a bare
/// "checkbox"; named "完成" (Done), a screen reader says "完成, checked" or "完成, not checked", and the
/// item's own text follows as usual.
/// </summary>
internal sealed class LabelledTaskListRenderer(string label) : HtmlObjectRenderer<TaskList>
{
    protected override void Write(HtmlRenderer renderer, TaskList task)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(task.Checked ? "[x]" : "[ ]");
            return;
        }

        renderer.Write("<input disabled=\"disabled\" type=\"checkbox\"");
        if (task.Checked)
        {
            renderer.Write(" checked=\"checked\"");
        }

        renderer.Write(" aria-label=\"").Write(label).Write("\" />");
    }
}
