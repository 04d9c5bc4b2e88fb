using System.Text.RegularExpressions;

namespace Inkstone.Markdown.CodeBlocks;

/// <summary>
/// What a fence's info string asks for: <c>```python title="ppo.py" {1,3-5} linenos start=10 diff tab="Python"</c>.
/// </summary>
internal sealed partial record CodeFenceInfo(
    string Language,
    string? Title,
    IReadOnlySet<int> HighlightedLines,
    bool LineNumbers,
    int StartLine,
    bool Diff,
    string? Tab)
{
    /// <summary>Where the code comes from (<c>link="https://..."</c>, Hexo's codeblock URL), shown in the title bar.</summary>
    public string? Link { get; init; }

    /// <summary>The words of <see cref="Link"/> (<c>link_text="..."</c>); the address itself when absent.</summary>
    public string? LinkText { get; init; }

    public static CodeFenceInfo Parse(string? info, string? arguments, bool lineNumbersByDefault)
    {
        var language = (info ?? "").Trim();
        var rest = arguments ?? "";

        // "python{1,3}" written without a space still means language + lines.
        var brace = language.IndexOf('{');
        if (brace > 0)
        {
            rest = language[brace..] + " " + rest;
            language = language[..brace];
        }

        string? title = null, tab = null, link = null, linkText = null;
        var lines = new SortedSet<int>();
        var lineNumbers = lineNumbersByDefault;
        var start = 1;
        var diff = false;
        foreach (Match token in Token().Matches(rest))
        {
            var key = token.Groups["key"].Value.ToLowerInvariant();
            var value = token.Groups["dq"].Success ? token.Groups["dq"].Value : token.Groups["sq"].Success ? token.Groups["sq"].Value : token.Groups["bare"].Value;
            if (token.Groups["lines"].Success)
            {
                AddRanges(token.Groups["lines"].Value, lines);
                continue;
            }

            switch (key)
            {
                case "title" or "file" or "filename":
                    title = value;
                    break;
                case "tab":
                    tab = value;
                    break;
                case "link" or "url" when value.StartsWith("https://", StringComparison.Ordinal) || value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith('/'):
                    link = value;
                    break;
                case "link_text" or "link-text":
                    linkText = value;
                    break;
                case "linenos" or "linenums" or "line-numbers" or "numberlines":
                    lineNumbers = value is not ("false" or "no" or "none");
                    if (int.TryParse(value, out var n) && n > 0)
                    {
                        start = n;
                    }

                    break;
                case "nolinenos":
                    lineNumbers = false;
                    break;
                case "start" or "linenostart" or "startline" or "start-line":
                    if (int.TryParse(value, out var s))
                    {
                        start = s;
                        lineNumbers = true;
                    }

                    break;
                case "hl_lines" or "hl" or "highlight" or "mark":
                    AddRanges(value, lines);
                    break;
                case "diff":
                    diff = true;
                    break;
            }
        }

        return new CodeFenceInfo(language, title, lines, lineNumbers, start, diff, tab) { Link = link, LinkText = linkText };
    }

    private static void AddRanges(string text, SortedSet<int> lines)
    {
        foreach (var part in text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = part.IndexOf('-');
            if (dash > 0 && int.TryParse(part[..dash], out var from) && int.TryParse(part[(dash + 1)..], out var to) && to >= from && to - from < 10_000)
            {
                for (var i = from; i <= to; i++)
                {
                    lines.Add(i);
                }
            }
            else if (int.TryParse(part, out var single))
            {
                lines.Add(single);
            }
        }
    }

    [GeneratedRegex(@"\{(?<lines>[\d,\s-]+)\}|(?<key>[\w-]+)(?:=(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<bare>[^\s]+)))?")]
    private static partial Regex Token();
}
