using System.Text;
using System.Text.Json;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Inkstone.Markdown.Liquid;

/// <summary>
/// Jekyll's <c>_data/</c> folder as <c>site.data</c>: <c>_data/links.yml</c> is <c>site.data.links</c>, a subfolder a
/// nested map (<c>site.data.team.people</c>); YAML, JSON and CSV files (CSV as a list of rows keyed by the header).
/// A file that cannot be read is left out of <c>site.data</c>, with a warning at its line.
/// </summary>
internal static class SiteDataReader
{
    public static Dictionary<string, object?> Read(ISiteFileSystem files, string folder, DiagnosticBag diagnostics)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!files.DirectoryExists(folder))
        {
            return data;
        }

        foreach (var path in files.EnumerateFiles(folder))
        {
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension is not (".yml" or ".yaml" or ".json" or ".csv" or ".tsv"))
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(files.ReadAllBytes(path)).TrimStart('\uFEFF');
            object? value;
            try
            {
                value = extension switch
                {
                    ".json" => Json(JsonDocument.Parse(text).RootElement),
                    ".csv" or ".tsv" => Table(text, extension == ".csv" ? ',' : '\t'),
                    _ => Yaml(text),
                };
            }
            catch (Exception e) when (e is JsonException or YamlException or InvalidOperationException or ArgumentException or FormatException)
            {
                Report(path, e, diagnostics);
                continue;
            }

            // _data/team/people.yml is site.data.team.people.
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

    private static void Report(string path, Exception e, DiagnosticBag diagnostics)
    {
        var (line, column) = e switch
        {
            YamlException yaml => ((int)yaml.Start.Line, (int)yaml.Start.Column),
            JsonException { LineNumber: { } number } json => ((int)number + 1, (int)(json.BytePositionInLine ?? 0) + 1),
            _ => (1, 1),
        };
        var location = new SourceLocation(path, System.Math.Max(line, 1), System.Math.Max(column, 1));
        if (e is YamlException && e.Message == AliasBombMessage)
        {
            diagnostics.Warning(DiagnosticIds.YamlAliasesTooLarge, location,
                $"The aliases of '{path}' copy out more than {Data.YamlAliasBudget.MaxNodesThroughAliases:N0} values; the file is left out of site.data.",
                "An alias names one anchored value; aliases of aliases multiply, and this file's would fill the memory.");
            return;
        }

        diagnostics.Warning(DiagnosticIds.DataFileUnreadable, location,
            $"'{path}' cannot be read ({e.Message.TrimEnd('.')}); it is left out of site.data.",
            "Fix the file, or move it out of _data/ if it is not data for the templates.");
    }

    private const string AliasBombMessage = "The aliases copy out too many values.";

    private static object? Yaml(string text)
    {
        // An alias bomb is left out like any file that cannot be read, before anything is copied out.
        if (Data.YamlAliasBudget.FirstAliasOverBudget(text) is { } alias)
        {
            throw new YamlException(alias, alias, AliasBombMessage);
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? null : Yaml(stream.Documents[0].RootNode);
    }

    private static object? Yaml(YamlNode node) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.Plain } plain => LiquidValues.Scalar(plain.Value ?? ""),
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode list => list.Children.Select(Yaml).ToList(),
        YamlMappingNode map => map.Children.ToDictionary(e => (e.Key as YamlScalarNode)?.Value ?? "", e => Yaml(e.Value), StringComparer.Ordinal),
        _ => null,
    };

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
