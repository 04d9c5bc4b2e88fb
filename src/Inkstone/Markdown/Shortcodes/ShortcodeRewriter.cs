using System.Text;
using System.Text.RegularExpressions;

namespace Inkstone.Markdown.Shortcodes;

/// <summary>
/// Reads the block tags writers bring from Hexo and Hugo by rewriting each tag line into the Markdown
/// Inkstone already understands, one line for one line so that every diagnostic keeps its line number:
/// <c>{% note info 标题 %}</c> → <c>:::info 标题</c>, <c>{% codeblock lang:cpp Title %}</c> →
/// <c>```cpp title="Title"</c>, <c>{{&lt; highlight python "linenos=table,hl_lines=2 3" &gt;}}</c> →
/// <c>```python linenos {2,3}</c>, and their end tags. Tags inside fenced code are left alone.
/// </summary>
internal static partial class ShortcodeRewriter
{
    public static string Rewrite(string markdown)
    {
        if (!markdown.Contains("{%", StringComparison.Ordinal) && !markdown.Contains("{{<", StringComparison.Ordinal))
        {
            return markdown;
        }

        var output = new StringBuilder(markdown.Length);
        string? fence = null;
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim(fence[0]).Length == 0)
                {
                    fence = null;
                }

                output.Append(line);
            }
            else if (FenceOpen().Match(trimmed) is { Success: true } open)
            {
                fence = open.Groups[1].Value;
                output.Append(line);
            }
            else
            {
                output.Append(RewriteLine(line, trimmed));
            }

            if (i < lines.Length - 1)
            {
                output.Append('\n');
            }
        }

        return output.ToString();
    }

    private static string RewriteLine(string line, string trimmed)
    {
        if (HexoNote().Match(trimmed) is { Success: true } note)
        {
            var kind = note.Groups[1].Success && note.Groups[1].Value.Length > 0 ? note.Groups[1].Value : "note";
            return $":::{kind} {note.Groups[2].Value.Trim()}".TrimEnd();
        }

        if (HexoEndNote().IsMatch(trimmed) || HugoEndHighlight().IsMatch(trimmed) || HexoEndCode().IsMatch(trimmed))
        {
            return trimmed.StartsWith("{% endnote", StringComparison.Ordinal) ? ":::" : "```";
        }

        if (HexoCode().Match(trimmed) is { Success: true } code)
        {
            var words = code.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var language = words.FirstOrDefault(w => w.StartsWith("lang:", StringComparison.Ordinal))?[5..] ?? "";
            var title = string.Join(' ', words.Where(w => !w.StartsWith("lang:", StringComparison.Ordinal) && !w.Contains("://", StringComparison.Ordinal)));
            return $"```{language}" + (title.Length > 0 ? $" title=\"{title.Replace("\"", "'", StringComparison.Ordinal)}\"" : "");
        }

        if (HugoHighlight().Match(trimmed) is { Success: true } highlight)
        {
            var attributes = new List<string>();
            foreach (var option in highlight.Groups[2].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var (key, value) = option.IndexOf('=') is var eq and > 0 ? (option[..eq], option[(eq + 1)..]) : (option, "");
                switch (key)
                {
                    case "linenos" when value is not ("false" or "none"):
                        attributes.Add("linenos");
                        break;
                    case "hl_lines":
                        attributes.Add("{" + string.Join(',', value.Split(' ', StringSplitOptions.RemoveEmptyEntries)) + "}");
                        break;
                    case "linenostart":
                        attributes.Add($"start={value}");
                        break;
                }
            }

            return $"```{highlight.Groups[1].Value} {string.Join(' ', attributes)}".TrimEnd();
        }

        return line;
    }

    [GeneratedRegex(@"^(`{3,}|~{3,})")]
    private static partial Regex FenceOpen();

    [GeneratedRegex(@"^\{%\s*note\s*(\w*)\s*(.*?)\s*%\}$")]
    private static partial Regex HexoNote();

    [GeneratedRegex(@"^\{%\s*endnote\s*%\}$")]
    private static partial Regex HexoEndNote();

    [GeneratedRegex(@"^\{%\s*codeblock\s*(.*?)\s*%\}$")]
    private static partial Regex HexoCode();

    [GeneratedRegex(@"^\{%\s*endcodeblock\s*%\}$")]
    private static partial Regex HexoEndCode();

    [GeneratedRegex(@"^\{\{[<%]\s*highlight\s+([\w+#.-]+)\s*""?([^""]*)""?\s*[>%]\}\}$")]
    private static partial Regex HugoHighlight();

    [GeneratedRegex(@"^\{\{[<%]\s*/highlight\s*[>%]\}\}$")]
    private static partial Regex HugoEndHighlight();
}
