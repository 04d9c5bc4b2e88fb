using Inkstone.Diagnostics;

namespace Inkstone.Data;

/// <summary>
/// A value from front matter or a config file, independent of the format it was written in
/// (YAML, TOML or JSON), carrying where it was written so problems can be reported at that place.
/// </summary>
internal abstract record DataNode(SourceLocation Location);

/// <summary>A scalar. <see cref="Quoted"/> distinguishes <c>"true"</c> (a string) from <c>true</c>.</summary>
internal sealed record DataScalar(string Text, bool Quoted, SourceLocation Location) : DataNode(Location);

internal sealed record DataList(IReadOnlyList<DataNode> Items, SourceLocation Location) : DataNode(Location);

internal sealed record DataMap(IReadOnlyList<KeyValuePair<string, DataNode>> Entries, SourceLocation Location)
    : DataNode(Location)
{
    public DataNode? this[string key] =>
        Entries.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase)).Value;

    public static DataMap Empty(string path) => new([], SourceLocation.File(path));
}
