using System.Globalization;
using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.Tabs;

/// <summary>
/// Renders tabs as the code tabs are rendered (the same classes, so the same stylesheet and script): radio buttons
/// and labels, the checked radio's panel shown by CSS, no script needed. <c>code-tabs--blocks</c> marks panels that
/// hold prose rather than one code block.
/// </summary>
internal sealed class TabsRenderer : HtmlObjectRenderer<TabsBlock>
{
    protected override void Write(HtmlRenderer renderer, TabsBlock tabs)
    {
        var group = "tabs-" + tabs.GroupNumber.ToString(CultureInfo.InvariantCulture);
        var panels = tabs.OfType<TabPanelBlock>().ToList();
        var selected = tabs.Selected >= 1 && tabs.Selected <= panels.Count ? tabs.Selected : 1;
        renderer.EnsureLine();
        renderer.Write("<div class=\"code-tabs code-tabs--blocks\">");
        for (var i = 1; i <= panels.Count; i++)
        {
            var id = $"{group}-{i.ToString(CultureInfo.InvariantCulture)}";
            renderer.Write($"<input class=\"code-tabs__radio\" type=\"radio\" name=\"{group}\" id=\"{id}\"{(i == selected ? " checked" : "")}>");
            renderer.Write($"<label class=\"code-tabs__label\" for=\"{id}\">{WebUtility.HtmlEncode(panels[i - 1].Title)}</label>");
        }

        foreach (var panel in panels)
        {
            renderer.Write($"<div class=\"code-tabs__panel\" data-tab=\"{WebUtility.HtmlEncode(panel.Title)}\">");
            renderer.WriteChildren(panel);
            renderer.Write("</div>");
        }

        renderer.WriteLine("</div>");
    }
}
