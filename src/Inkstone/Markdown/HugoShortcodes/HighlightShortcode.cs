using System.Text;
using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>
/// Hugo's <c>{{&lt; highlight go "linenos=table,hl_lines=2 4-5,linenostart=10" &gt;}}</c> (the options also as named
/// parameters) as a fenced code block, highlighted and numbered by Inkstone; with <c>hl_inline=true</c>, or inside a
/// line of text, as inline code. Its code is shown as written, <c>{{ }}</c> and all.
/// </summary>
internal sealed class HighlightShortcode : IShortcodeHandler
{
    public ShortcodeBody Body => ShortcodeBody.Code;

    public string Render(Shortcode call, string inner, ShortcodeRun run)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in (call.Arguments.Get(1) ?? call.Arguments.Get("options") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = option.IndexOf('=');
            options[eq > 0 ? option[..eq].Trim() : option] = eq > 0 ? option[(eq + 1)..].Trim() : "true";
        }

        foreach (var (key, value) in call.Arguments.Named)
        {
            options.TryAdd(key, value);
        }

        var language = call.Arguments.Get("lang", 0) ?? options.GetValueOrDefault("lang") ?? "";
        var inline = options.GetValueOrDefault("hl_inline") is "true" || (!call.Tag.Standalone && !inner.Trim('\n').Contains('\n', StringComparison.Ordinal));
        if (inline)
        {
            return CodeSpan(inner);
        }

        var info = new StringBuilder(language);
        switch (options.GetValueOrDefault("linenos")?.ToLowerInvariant())
        {
            case "false" or "none":
                info.Append(" nolinenos");
                break;
            case null:
                break;
            default:
                info.Append(" linenos");
                break;
        }

        if (options.GetValueOrDefault("linenostart") is { } start && int.TryParse(start, out var first))
        {
            info.Append(" start=").Append(first);
        }

        if (options.GetValueOrDefault("hl_lines") is { } lines)
        {
            var marked = lines.Trim('[', ']').Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim('"'));
            info.Append(" {").Append(string.Join(',', marked)).Append('}');
        }

        return FencedCode.Write(call.Tag, info.ToString(), inner);
    }

    /// <summary>Inline code, with backticks around it longer than any run in it.</summary>
    public static string CodeSpan(string code)
    {
        code = code.ReplaceLineEndings(" ").Trim();
        if (code.Length == 0)
        {
            // Two backticks with nothing between are text in Markdown, not an empty code span.
            return "";
        }

        var longest = 0;
        for (var i = 0; i < code.Length; i++)
        {
            var run = 0;
            while (i < code.Length && code[i] == '`')
            {
                run++;
                i++;
            }

            longest = System.Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = code.StartsWith('`') || code.EndsWith('`') ? " " : "";
        return fence + pad + code + pad + fence;
    }
}
