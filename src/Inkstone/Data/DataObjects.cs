namespace Inkstone.Data;

/// <summary>Plain .NET values (strings, lists, dictionaries) from data nodes, for templates.</summary>
internal static class DataObjects
{
    public static object? ToObject(DataNode node) => node switch
    {
        DataScalar s => s.Text,
        DataList l => l.Items.Select(ToObject).ToList(),
        DataMap m => ToDictionary(m),
        _ => null,
    };

    public static Dictionary<string, object?> ToDictionary(DataMap map)
    {
        var result = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in map.Entries)
        {
            result[key] = ToObject(value);
        }

        return result;
    }
}
