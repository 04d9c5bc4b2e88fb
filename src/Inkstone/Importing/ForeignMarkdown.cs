using Inkstone.Configuration;
using Inkstone.Data;

namespace Inkstone.Importing;

/// <summary>
/// The Markdown dialect an engine's settings imply: Jekyll's kramdown with its <c>kramdown:</c> options, MkDocs'
/// Python-Markdown with the extensions <c>markdown_extensions</c> turns on.
/// </summary>
internal static class ForeignMarkdown
{
    public static void Kramdown(DataMap map, SettingsMap settings)
    {
        // Jekyll's only other converter, CommonMark, is a plugin: a site that names it keeps Inkstone's own dialect.
        var converter = settings.Text(map, "markdown") ?? "kramdown";
        if (!converter.Equals("kramdown", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        settings.Set("markdown", new MarkdownSettings { Dialect = MarkdownDialect.Kramdown }, "markdown (kramdown, Jekyll's default)",
            (c, v) => c with { Markdown = v }, v => MarkdownSettingsReader.Name(v.Dialect));
    }

    public static void PythonMarkdown(DataMap map, string docs, SettingsMap settings)
    {
        // MkDocs always turns on toc (heading ids) and Python-Markdown reads meta data in MkDocs' own way.
        var on = new HashSet<string>(StringComparer.Ordinal) { PythonMarkdownExtensions.Toc, PythonMarkdownExtensions.Meta };
        IReadOnlyList<string> snippetFolders = [".", docs];
        foreach (var (name, options) in Extensions(map["markdown_extensions"]))
        {
            if (PythonMarkdownExtensions.Known(name) is not { } known)
            {
                continue;
            }

            on.Add(known);
            if (known == PythonMarkdownExtensions.Snippets && options["base_path"] is { } basePath)
            {
                snippetFolders = basePath switch
                {
                    DataScalar s => [Folder(s.Text)],
                    DataList list => list.Items.OfType<DataScalar>().Select(s => Folder(s.Text)).ToList(),
                    _ => snippetFolders,
                };
            }
        }

        settings.Set("markdown", new MarkdownSettings { Dialect = MarkdownDialect.PythonMarkdown, Extensions = on, SnippetFolders = snippetFolders }, "markdown_extensions",
            (c, v) => c with { Markdown = v }, v => MarkdownSettingsReader.Name(v.Dialect) + " (" + string.Join(", ", v.Extensions.Order(StringComparer.Ordinal)) + ")");
    }

    private static string Folder(string path) => path.Trim().Trim('/') is { Length: > 0 } folder ? folder : ".";

    private static IEnumerable<(string Name, DataMap Options)> Extensions(DataNode? node)
    {
        if (node is not DataList list)
        {
            yield break;
        }

        foreach (var item in list.Items)
        {
            switch (item)
            {
                case DataScalar s:
                    yield return (s.Text.Trim(), DataMap.Empty(""));
                    break;
                case DataMap m when m.Entries.Count == 1:
                    yield return (m.Entries[0].Key, m.Entries[0].Value as DataMap ?? DataMap.Empty(""));
                    break;
            }
        }
    }
}
