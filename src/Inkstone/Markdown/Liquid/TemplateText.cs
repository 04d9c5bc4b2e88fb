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
