using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// NexT's and Butterfly's <c>{% tabs name[, selected] %}</c> (and <c>subtabs</c>, <c>subsubtabs</c>), whose panels are
/// <c>&lt;!-- tab [title][@icon] --&gt; ... &lt;!-- endtab --&gt;</c>: Inkstone's tabs, each panel's Markdown read as
/// Markdown. A panel without a title is "name N", as in NexT; icons are left out; text outside the panels is dropped, as in NexT.
/// </summary>
internal sealed partial class TabsTag : ITagHandler
{
    public TagShape Shape => TagShape.Block;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        var parts = HexoArguments.Commas(tag.Arguments);
        var name = parts[0].Length > 0 ? parts[0] : "tab";
        var selected = parts.Count > 1 && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
        var text = body ?? "";
        var indent = tag.Indent ?? "";
        var panels = new StringBuilder(text.Length + 64);
        var position = 0;
        var number = 0;
        foreach (Match panel in Panel().Matches(text))
        {
            // Only the line breaks of what lies between panels are kept, so the lines after stay where they were written.
            panels.Append('\n', text.AsSpan(position, panel.Index - position).Count('\n'));
            number++;
            var caption = panel.Groups[1].Value.Split('@')[0].Trim();
            panels.Append(run.Blocks.Fence(new TabPanelTagBlock(caption.Length > 0 ? caption : $"{name} {number}"), indent, panel.Groups[2].Value));
            position = panel.Index + panel.Length;
        }

        panels.Append('\n', text.AsSpan(position).Count('\n'));
        return run.Blocks.Container(tag, new TabsTagBlock(selected), panels.ToString());
    }

    [GeneratedRegex(@"<!--\s*tab (.*?)\s*-->\n([\s\S]*?)<!--\s*endtab\s*-->")]
    private static partial Regex Panel();
}
