using System.Text;
using Inkstone.Data;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Importing;

/// <summary>Reads another engine's settings file (YAML, TOML or JSON by its extension) into position-carrying data.</summary>
internal static class ForeignConfig
{
    public static DataMap Read(ISiteFileSystem files, string path, DiagnosticBag diagnostics)
    {
        if (!files.FileExists(path))
        {
            return DataMap.Empty(path);
        }

        var text = Encoding.UTF8.GetString(files.ReadAllBytes(path)).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        var source = new SourceText(path, text);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".toml" => TomlDataReader.Read(source, text, 1, diagnostics),
            ".json" => JsonDataReader.Read(source, diagnostics).Values,
            _ => YamlDataReader.Read(source, text, 1, diagnostics, DiagnosticIds.ConfigMalformed),
        };
    }

    /// <summary>Several files merged, earlier ones first: a key in a later file replaces the same key of an earlier one.</summary>
    public static DataMap Merge(IEnumerable<DataMap> maps, string path)
    {
        var entries = new List<KeyValuePair<string, DataNode>>();
        foreach (var map in maps)
        {
            foreach (var entry in map.Entries)
            {
                entries.RemoveAll(e => string.Equals(e.Key, entry.Key, StringComparison.OrdinalIgnoreCase));
                entries.Add(entry);
            }
        }

        return new DataMap(entries, SourceLocation.File(path));
    }
}
