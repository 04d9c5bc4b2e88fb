namespace Inkstone.Diagrams.Internal.Mermaid;

/// <summary>
/// A Mermaid source split into statement lines: front matter (<c>---</c> … <c>---</c>, whose <c>title</c> is kept),
/// <c>%%{init}%%</c> directives and <c>%%</c> comment lines are left out, and each line keeps its place for errors.
/// The first line is the header that names the diagram type.
/// </summary>
internal sealed class MermaidSource
{
    private MermaidSource(IReadOnlyList<SourceLine> lines, string? title)
    {
        Lines = lines;
        Title = title;
    }

    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>The front matter's <c>title:</c>, if any.</summary>
    public string? Title { get; }

    /// <summary>The first word of the header line ("flowchart", "graph", "sequenceDiagram", "gantt"), or "" for an empty source.</summary>
    public string Kind => Lines.Count == 0 ? "" : FirstWord(Lines[0].Text);

    public static MermaidSource Read(string source)
    {
        var raw = source.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var lines = new List<SourceLine>();
        string? title = null;
        var start = 0;
        while (start < raw.Length && raw[start].Trim().Length == 0)
        {
            start++;
        }

        if (start < raw.Length && raw[start].Trim() == "---")
        {
            var end = start + 1;
            while (end < raw.Length && raw[end].Trim() != "---")
            {
                var entry = raw[end].Trim();
                if (entry.StartsWith("title:", StringComparison.Ordinal))
                {
                    title = entry["title:".Length..].Trim().Trim('"', '\'');
                }

                end++;
            }

            start = end + 1;
        }

        for (var i = start; i < raw.Length; i++)
        {
            var text = raw[i];
            var trimmed = text.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith("%%", StringComparison.Ordinal))
            {
                continue;
            }

            var column = text.Length - trimmed.Length + 1;
            lines.Add(new SourceLine(i + 1, column, trimmed.TrimEnd()));
        }

        return new MermaidSource(lines, title);
    }

    public static string FirstWord(string text)
    {
        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != ';')
        {
            end++;
        }

        return text[..end];
    }
}
