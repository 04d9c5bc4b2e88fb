namespace Inkstone.Configuration;

/// <summary>
/// The <c>markdown:</c> setting: the dialect and, for Python-Markdown, which of its extensions are on (MkDocs
/// turns each on by name in <c>markdown_extensions</c>; a syntax whose extension is off stays text, as there).
/// </summary>
internal sealed record MarkdownSettings
{
    public MarkdownDialect Dialect { get; init; } = MarkdownDialect.Inkstone;

    /// <summary>The Python-Markdown extensions that are on, by their names in <c>mkdocs.yml</c>; every one Inkstone reads unless a site says otherwise.</summary>
    public IReadOnlySet<string> Extensions { get; init; } = PythonMarkdownExtensions.All;

    /// <summary>Folders <c>--8&lt;--</c> snippet paths are relative to, tried in order (pymdownx.snippets' <c>base_path</c>).</summary>
    public IReadOnlyList<string> SnippetFolders { get; init; } = ["."];

    public bool Has(string extension) => Dialect == MarkdownDialect.PythonMarkdown && Extensions.Contains(extension);
}
