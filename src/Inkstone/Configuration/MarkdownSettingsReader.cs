using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Configuration;

/// <summary>
/// Reads <c>markdown:</c> from <c>inkstone.yml</c>: a dialect name (<c>markdown: kramdown</c>), or a map with
/// <c>dialect</c>, <c>extensions</c> (Python-Markdown's, by name) and <c>snippet_folders</c>.
/// </summary>
internal static class MarkdownSettingsReader
{
    public static MarkdownSettings Read(DataNode node, MarkdownSettings basis, DiagnosticBag diagnostics)
    {
        if (node is not DataMap map)
        {
            return Dialect(node, basis, diagnostics) is { } dialect ? basis with { Dialect = dialect } : basis;
        }

        var settings = map["dialect"] is { } d && Dialect(d, basis, diagnostics) is { } named ? basis with { Dialect = named } : basis;
        if (map["extensions"] is { } extensions)
        {
            var on = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in DataValues.StringList(extensions, "markdown.extensions", diagnostics, splitSpaces: false))
            {
                if (PythonMarkdownExtensions.Known(name) is { } known)
                {
                    on.Add(known);
                }
                else
                {
                    diagnostics.Warning(DiagnosticIds.ConfigInvalidValue, extensions.Location, $"'{name}' is not a Python-Markdown extension Inkstone reads; its syntax stays text.",
                        "Inkstone reads " + string.Join(", ", PythonMarkdownExtensions.All.Order(StringComparer.Ordinal)) + ".");
                }
            }

            settings = settings with { Extensions = on };
        }

        if (map["snippet_folders"] is { } folders)
        {
            settings = settings with { SnippetFolders = DataValues.StringList(folders, "markdown.snippet_folders", diagnostics, splitSpaces: false).Select(f => f.Trim('/')).ToList() };
        }

        return settings;
    }

    private static MarkdownDialect? Dialect(DataNode node, MarkdownSettings basis, DiagnosticBag diagnostics)
    {
        var name = DataValues.String(node, "markdown", diagnostics);
        switch (name?.Trim().ToLowerInvariant())
        {
            case null:
                return null;
            case "inkstone" or "commonmark":
                return MarkdownDialect.Inkstone;
            case "kramdown" or "gfm":
                return MarkdownDialect.Kramdown;
            case "python-markdown" or "python_markdown" or "pymdownx" or "mkdocs":
                return MarkdownDialect.PythonMarkdown;
            default:
                diagnostics.Error(DiagnosticIds.ConfigInvalidValue, node.Location, $"markdown '{name}' is not a dialect Inkstone reads.",
                    $"Write inkstone, kramdown or python-markdown (this site's default is {Name(basis.Dialect)}).");
                return null;
        }
    }

    public static string Name(MarkdownDialect dialect) => dialect switch
    {
        MarkdownDialect.Kramdown => "kramdown",
        MarkdownDialect.PythonMarkdown => "python-markdown",
        _ => "inkstone",
    };
}
