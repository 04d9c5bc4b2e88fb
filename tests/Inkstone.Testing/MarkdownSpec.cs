namespace Inkstone.Testing;

/// <summary>
/// Examples written in a Markdown spec file, in the CommonMark form: a fence of backticks followed by
/// <c>example</c>, the Markdown input, a line with a single <c>.</c>, the expected HTML, and a closing
/// fence. The heading above an example names it.
/// </summary>
internal sealed record MarkdownSpecExample(string Name, int Line, string Markdown, string Html)
{
    private const string Fence = "````````````````````````````````";

    public static IReadOnlyList<MarkdownSpecExample> Read(string path)
    {
        var examples = new List<MarkdownSpecExample>();
        var lines = File.ReadAllLines(path);
        var heading = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#'))
            {
                heading = lines[i].TrimStart('#').Trim();
            }
            else if (lines[i] == Fence + " example")
            {
                var start = i + 1;
                var input = new List<string>();
                var output = new List<string>();
                var target = input;
                for (i++; i < lines.Length && lines[i] != Fence; i++)
                {
                    if (lines[i] == "." && target == input)
                    {
                        target = output;
                    }
                    else
                    {
                        target.Add(lines[i].Replace('→', '\t'));
                    }
                }

                examples.Add(new MarkdownSpecExample($"{heading} (line {start})", start, string.Join('\n', input) + "\n", string.Join('\n', output)));
            }
        }

        return examples;
    }

    /// <summary>
    /// The example's HTML, normalized, for the test to compare <paramref name="actual"/> with; with
    /// INKSTONE_UPDATE_GOLDEN=1 set, a differing example's HTML in <paramref name="path"/> is first replaced by
    /// <paramref name="actual"/>, to be reviewed in the diff.
    /// </summary>
    public string Expected(string path, string actual, Func<string, string> normalize)
    {
        if (normalize(Html) != normalize(actual) && Environment.GetEnvironmentVariable("INKSTONE_UPDATE_GOLDEN") == "1")
        {
            Rewrite(path, actual);
            return normalize(actual);
        }

        return normalize(Html);
    }

    private void Rewrite(string path, string html)
    {
        var lines = File.ReadAllLines(path).ToList();
        var dot = lines.FindIndex(Line - 1, l => l == ".");
        var end = lines.FindIndex(dot, l => l == Fence);
        lines.RemoveRange(dot + 1, end - dot - 1);
        lines.InsertRange(dot + 1, html.Trim().Replace('\t', '→').Split('\n').Select(l => l.TrimEnd()));
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    public override string ToString() => Name;
}
