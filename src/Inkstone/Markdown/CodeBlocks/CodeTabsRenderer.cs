using System.Globalization;
using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Inkstone.Markdown.CodeBlocks;

/// <summary>
/// Renders a tab group that works without a script: radio buttons and labels, and the panel of the
/// checked radio shown by CSS. The theme's script only remembers the reader's choice across pages.
/// </summary>
internal sealed class CodeTabsRenderer : HtmlObjectRenderer<CodeTabsBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeTabsBlock tabs)
    {
        var group = "code-tabs-" + tabs.GroupNumber.ToString(CultureInfo.InvariantCulture);
        renderer.EnsureLine();
        renderer.Write("<div class=\"code-tabs\">");
        var index = 0;
        foreach (var block in tabs.OfType<CodeBlock>())
        {
            var data = (CodeBlockData)block.GetData(typeof(CodeBlockData))!;
            var id = $"{group}-{++index}";
            renderer.Write($"<input class=\"code-tabs__radio\" type=\"radio\" name=\"{group}\" id=\"{id}\"{(index == 1 ? " checked" : "")}>");
            renderer.Write($"<label class=\"code-tabs__label\" for=\"{id}\">{WebUtility.HtmlEncode(data.Info.Tab!)}</label>");
        }

        foreach (var block in tabs.OfType<CodeBlock>())
        {
            var data = (CodeBlockData)block.GetData(typeof(CodeBlockData))!;
            renderer.Write($"<div class=\"code-tabs__panel\" data-tab=\"{WebUtility.HtmlEncode(data.Info.Tab!)}\">");
            // Through the renderers, so a site's code block hook writes the panels' code too.
            renderer.Write(block);
            renderer.Write("</div>");
        }

        renderer.WriteLine("</div>");
    }
}
