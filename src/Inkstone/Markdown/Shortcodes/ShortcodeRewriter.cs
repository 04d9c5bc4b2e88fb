using System.Text;
using System.Text.RegularExpressions;

namespace Inkstone.Markdown.Shortcodes;

/// <summary>
/// Reads the block shortcodes writers bring from Hugo by rewriting each tag line into the Markdown
/// Inkstone already understands, one line for one line so that every diagnostic keeps its line number:
/// <c>{{&lt; highlight python "linenos=table,hl_lines=2 3" &gt;}}</c> → <c>```python linenos {2,3}</c>,
/// and its end tag. Tags inside fenced code are left alone. (Hexo's tags are read in <c>Markdown/HexoTags/</c>.)
/// </summary>
internal static partial class ShortcodeRewriter
{
    public static string Rewrite(string markdown)
    {
        if (!markdown.Contains("{{<", StringComparison.Ordinal) && !markdown.Contains("{{%", StringComparison.Ordinal))
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
        if (HugoEndHighlight().IsMatch(trimmed))
        {
            return "```";
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

    [GeneratedRegex(@"^\{\{[<%]\s*highlight\s+([\w+#.-]+)\s*""?([^""]*)""?\s*[>%]\}\}$")]
    private static partial Regex HugoHighlight();

    [GeneratedRegex(@"^\{\{[<%]\s*/highlight\s*[>%]\}\}$")]
    private static partial Regex HugoEndHighlight();
}
