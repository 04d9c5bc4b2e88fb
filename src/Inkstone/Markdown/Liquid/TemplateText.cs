namespace Inkstone.Markdown.Liquid;

/// <summary>Text operations tags need to write well-formed Markdown around what they enclose.</summary>
internal static class TemplateText
{
    /// <summary>
    /// Removes the indentation all the body's non-blank lines share beyond <paramref name="keep"/> columns, as Hexo strips
    /// a tag's body: a note written indented is prose, not an indented code block; inside a list it stays in the item.
    /// </summary>
    public static string Dedent(string body, int keep)
    {
        var lines = body.Split('\n');
        var shared = int.MaxValue;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if ((i > 0 || body.StartsWith('\n')) && !string.IsNullOrWhiteSpace(line))
            {
                shared = System.Math.Min(shared, line.Length - line.TrimStart(' ', '\t').Length);
            }
        }

        var remove = shared == int.MaxValue ? 0 : shared - keep;
        if (remove <= 0)
        {
            return body;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            lines[i] = lines[i].Length >= remove ? lines[i][remove..] : lines[i].TrimStart(' ', '\t');
        }

        return string.Join('\n', lines);
    }

    /// <summary>
    /// What keeps a block written after the text before a tag (<paramref name="before"/>, from the start of its line) in
    /// the list item or quote that line belongs to: a list marker's width in spaces (<c>"   "</c> after <c>"1. "</c>), a
    /// quote's <c>"> "</c>, the line's own indentation; empty on a line of the top level.
    /// </summary>
    public static string Continuation(ReadOnlySpan<char> before)
    {
        var continuation = new System.Text.StringBuilder();
        var i = 0;
        while (i < before.Length)
        {
            var start = i;
            while (i < before.Length && before[i] is ' ' or '\t')
            {
                i++;
            }

            continuation.Append(before[start..i]);
            var marker = ListMarkerLength(before[i..]);
            if (i < before.Length && before[i] == '>')
            {
                continuation.Append('>');
                i++;
            }
            else if (marker > 0 && i + marker < before.Length && before[i + marker] is ' ' or '\t')
            {
                continuation.Append(' ', marker);
                i += marker;
            }
            else
            {
                break;
            }
        }

        return continuation.ToString();
    }

    /// <summary>Each line of <paramref name="body"/> after <paramref name="prefix"/>, so it stays where a block written at that prefix is.</summary>
    public static string Prefixed(string body, string prefix)
    {
        if (prefix.Length == 0)
        {
            return body;
        }

        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].StartsWith(prefix, StringComparison.Ordinal) ? lines[i] : (prefix + lines[i]).TrimEnd(' ', '\t');
        }

        return string.Join('\n', lines);
    }

    private static int ListMarkerLength(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && text[0] is '-' or '*' or '+')
        {
            return 1;
        }

        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < text.Length && text[digits] is '.' or ')' ? digits + 1 : 0;
    }

    /// <summary>The longest run of <paramref name="c"/> that starts a line (after its indentation): a fence must be longer.</summary>
    public static int LongestRun(string text, char c)
    {
        var longest = 0;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.AsSpan().TrimStart(" \t");
            var run = 0;
            while (run < trimmed.Length && trimmed[run] == c)
            {
                run++;
            }

            longest = System.Math.Max(longest, run);
        }

        return longest;
    }
}
