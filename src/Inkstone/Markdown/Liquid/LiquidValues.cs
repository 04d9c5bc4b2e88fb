using Inkstone.Data;

namespace Inkstone.Markdown.Liquid;

/// <summary>
/// Front matter and settings as Liquid sees them: YAML's unquoted <c>true</c>, <c>false</c>, numbers and <c>null</c>
/// keep their types, so that <c>{% if page.math %}</c> is false for <c>math: false</c>, as in Jekyll.
/// </summary>
internal static class LiquidValues
{
    public static object? From(DataNode? node) => node switch
    {
        DataScalar { Quoted: true } quoted => quoted.Text,
        DataScalar plain => Scalar(plain.Text),
        DataList list => list.Items.Select(From).ToList(),
        DataMap map => Map(map),
        _ => null,
    };

    public static Dictionary<string, object?> Map(DataMap map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries)
        {
            result[key] = From(value);
        }

        return result;
    }

    /// <summary>A plain (unquoted) scalar read as YAML 1.2's core schema reads it.</summary>
    public static object? Scalar(string text) => CoreSchema.Value(text);
}
