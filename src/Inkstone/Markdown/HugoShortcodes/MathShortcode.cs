using System.Text;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>
/// TeX in a shortcode, compiled by Inkstone's math like any formula: <c>{{&lt; math &gt;}}</c> on lines of its own is a
/// display formula and within a line an inline one; hugo-book's <c>{{&lt; katex &gt;}}</c> is inline unless
/// <c>display</c>. TeX that brings its own delimiters (<c>$$...$$</c>, as Hugo Blox writes it) is kept as written.
/// </summary>
internal sealed class MathShortcode(bool displayByPlace) : IShortcodeHandler
{
    public ShortcodeBody Body => ShortcodeBody.Code;

    public string Render(Shortcode call, string inner, ShortcodeRun run)
    {
        var tag = call.Tag;
        var indent = tag.BlockIndent;
        // Inside a quote or a list, the TeX's lines carry the indentation of the place (a quote's "> ") before the formula.
        var tex = string.Join('\n', inner.Split('\n').Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l.Trim() == indent.Trim() ? "" : l)).Trim();
        var display = call.Arguments.Positional.Contains("display") || call.Arguments.Flag("display") == true
            || (displayByPlace && tag.Standalone && tag.Closing is { Indent: not null, EndsLine: true });
        if (tex.Length == 0)
        {
            return "";
        }

        if (tex.StartsWith('$') || tex.StartsWith(@"\[", StringComparison.Ordinal) || tex.StartsWith(@"\(", StringComparison.Ordinal) || tex.StartsWith(@"\begin", StringComparison.Ordinal))
        {
            return tex;
        }

        if (!display)
        {
            return "$" + string.Join(' ', tex.Split('\n', StringSplitOptions.TrimEntries)) + "$";
        }

        var block = new StringBuilder();
        block.Append(tag.Indent is null ? "\n" : "").Append(indent).Append("$$\n");
        foreach (var line in tex.Split('\n'))
        {
            block.Append(indent).Append(line).Append('\n');
        }

        block.Append(indent).Append("$$");
        return block.Append(tag.Closing is { EndsLine: false } ? "\n" : "").ToString();
    }
}
