using System.Text;
using System.Text.Json;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Inkstone.Data;

/// <summary>
/// A site's data files as <c>site.data</c>: <c>data/links.yml</c> is <c>site.data.links</c>, a subfolder a nested map
/// (<c>site.data.team.people</c>); YAML, TOML, JSON and CSV files (CSV as a list of rows keyed by the header). The folder
/// is the site's engine's (<c>data/</c>, Jekyll's <c>_data/</c>, Hexo's <c>source/_data/</c>). A file that cannot be
/// read is left out of <c>site.data</c>, with a warning at its line and column.
/// </summary>
internal static class SiteDataReader
{
    private static readonly string[] Extensions = [".yml", ".yaml", ".toml", ".json", ".csv", ".tsv"];

    public static Dictionary<string, object?> Read(ISiteFileSystem files, string folder, DiagnosticBag diagnostics)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var path in Files(files, folder))
        {
            var extension = Path.GetExtension(path).ToLowerInvariant();
            var text = Encoding.UTF8.GetString(files.ReadAllBytes(path)).TrimStart('\uFEFF');
            object? value;
            try
            {
                value = extension switch
                {
                    ".json" => Json(JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }).RootElement),
                    ".toml" => Toml(text, path),
                    ".csv" or ".tsv" => Table(text, extension == ".csv" ? ',' : '\t'),
                    _ => Yaml(text),
                };
            }
            catch (Exception e) when (e is JsonException or YamlException or DataFileException or InvalidOperationException or ArgumentException or FormatException)
            {
                Report(path, folder, e, diagnostics);
                continue;
            }

            // data/team/people.yml is site.data.team.people.
            var keys = path[(folder.Length + 1)..^extension.Length].Split('/');
            var map = data;
            foreach (var key in keys[..^1])
            {
                map = map.GetValueOrDefault(key) as Dictionary<string, object?> ?? (Dictionary<string, object?>)(map[key] = new Dictionary<string, object?>(StringComparer.Ordinal));
            }

            map[keys[^1]] = value;
        }

        return data;
    }

    /// <summary>The data files of <paramref name="folder"/>, which every page made from <c>site.data</c> depends on.</summary>
    public static IReadOnlyList<string> Files(ISiteFileSystem files, string folder) =>
        files.DirectoryExists(folder)
            ? files.EnumerateFiles(folder).Where(p => Extensions.Contains(Path.GetExtension(p).ToLowerInvariant())).Order(StringComparer.Ordinal).ToList()
            : [];

    private static void Report(string path, string folder, Exception e, DiagnosticBag diagnostics)
    {
        var (line, column) = e switch
        {
            YamlException yaml => ((int)yaml.Start.Line, (int)yaml.Start.Column),
            JsonException { LineNumber: { } number } json => ((int)number + 1, (int)(json.BytePositionInLine ?? 0) + 1),
            DataFileException data => (data.Line, data.Column),
            _ => (1, 1),
        };
        var location = new SourceLocation(path, System.Math.Max(line, 1), System.Math.Max(column, 1));
        if (e is YamlException && e.Message == AliasBombMessage)
        {
            diagnostics.Warning(DiagnosticIds.YamlAliasesTooLarge, location,
                $"The aliases of '{path}' copy out more than {YamlAliasBudget.MaxNodesThroughAliases:N0} values; the file is left out of site.data.",
                "An alias names one anchored value; aliases of aliases multiply, and this file's would fill the memory.");
            return;
        }

        diagnostics.Warning(DiagnosticIds.DataFileUnreadable, location,
            $"'{path}' cannot be read ({e.Message.TrimEnd('.')}); it is left out of site.data.",
            $"Fix the file, or move it out of {folder}/ if it is not data for the templates.");
    }

    private const string AliasBombMessage = "The aliases copy out too many values.";

    private static object? Yaml(string text)
    {
        // An alias bomb is left out like any file that cannot be read, before anything is copied out.
        if (YamlAliasBudget.FirstAliasOverBudget(text) is { } alias)
        {
            throw new YamlException(alias, alias, AliasBombMessage);
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? null : Yaml(stream.Documents[0].RootNode);
    }

    private static object? Yaml(YamlNode node) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.Plain } plain => CoreSchema.Value(plain.Value ?? ""),
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode list => list.Children.Select(Yaml).ToList(),
        YamlMappingNode map => map.Children.ToDictionary(e => (e.Key as YamlScalarNode)?.Value ?? "", e => Yaml(e.Value), StringComparer.Ordinal),
        _ => null,
    };

    private static object? Toml(string text, string path)
    {
        var problems = new DiagnosticBag();
        var map = TomlDataReader.Read(new SourceText(path, text), text, 1, problems);
        if (problems.Sorted().FirstOrDefault(d => d.Severity == Severity.Error) is { } error)
        {
            throw new DataFileException(error.Message.Replace("The TOML is malformed: ", "", StringComparison.Ordinal), error.Location.Line, error.Location.Column);
        }

        return Typed(map);
    }

    /// <summary>TOML's values as templates read them: its strings are quoted, its numbers and booleans typed.</summary>
    private static object? Typed(DataNode node)
    {
        switch (node)
        {
            case DataScalar { Quoted: true } text:
                return text.Text;
            case DataScalar plain:
                return CoreSchema.Value(plain.Text);
            case DataList list:
                return list.Items.Select(Typed).ToList();
            case DataMap map:
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in map.Entries)
                {
                    result[key] = Typed(value);
                }

                return result;
            default:
                return null;
        }
    }

    private static object? Json(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Json(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(Json).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static List<object?> Table(string text, char separator)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines.Length == 0 ? [] : lines[0].Split(separator);
        return lines.Skip(1).Select(line =>
        {
            var cells = line.Split(separator);
            return (object?)header.Select((h, i) => (h, i)).ToDictionary(c => c.h.Trim(), c => (object?)(c.i < cells.Length ? cells[c.i].Trim() : ""), StringComparer.Ordinal);
        }).ToList();
    }
}
