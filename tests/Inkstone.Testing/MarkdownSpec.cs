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

    public override string ToString() => Name;
}
