using System.Globalization;
using Inkstone.Diagnostics;

namespace Inkstone.Data;

/// <summary>
/// Typed reads of <see cref="DataNode"/>s that report a diagnostic at the value when it has the wrong type.
/// Lists accept every form people bring from other engines: a YAML or TOML list, a flow list, or a
/// comma- or space-separated string.
/// </summary>
internal static class DataValues
{
    public static string? String(DataNode? node, string key, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case null:
                return null;
            case DataScalar s:
                return s.Text;
            default:
                WrongType(node, key, "a text value", diagnostics);
                return null;
        }
    }

    public static bool? Bool(DataNode? node, string key, DiagnosticBag diagnostics)
    {
        if (node is null)
        {
            return null;
        }

        if (node is DataScalar s)
        {
            switch (s.Text.Trim().ToLowerInvariant())
            {
                case "true" or "yes" or "on":
                    return true;
                case "false" or "no" or "off":
                    return false;
            }
        }

        WrongType(node, key, "true or false", diagnostics);
        return null;
    }

    public static int? Int(DataNode? node, string key, DiagnosticBag diagnostics, int min = int.MinValue)
    {
        if (node is null)
        {
            return null;
        }

        if (node is DataScalar s && int.TryParse(s.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min)
        {
            return value;
        }

        WrongType(node, key, min == int.MinValue ? "a whole number" : $"a whole number of at least {min}", diagnostics);
        return null;
    }

    /// <summary>Reads a list of strings; a single string is split on commas, or on spaces when it has no comma.</summary>
    public static IReadOnlyList<string> StringList(DataNode? node, string key, DiagnosticBag diagnostics, bool splitSpaces = true)
    {
        switch (node)
        {
            case null:
                return [];
            case DataList list:
                var items = new List<string>();
                foreach (var item in list.Items)
                {
                    if (item is DataScalar s)
                    {
                        AddTrimmed(items, s.Text);
                    }
                    else
                    {
                        WrongType(item, key, "a text value", diagnostics);
                    }
                }

                return items;
            case DataScalar scalar:
                return Split(scalar.Text, splitSpaces);
            default:
                WrongType(node, key, "a list such as [a, b] or a comma-separated text", diagnostics);
                return [];
        }
    }

    private static IReadOnlyList<string> Split(string text, bool splitSpaces)
    {
        var items = new List<string>();
        var trimmed = text.Trim();
        if (trimmed.StartsWith('[') && trimmed.EndsWith(']'))
        {
            trimmed = trimmed[1..^1];
        }

        char[] separators = trimmed.Contains(',') || trimmed.Contains('，') || !splitSpaces ? [',', '，'] : [' ', '\t'];
        foreach (var part in trimmed.Split(separators, StringSplitOptions.RemoveEmptyEntries))
        {
            AddTrimmed(items, part.Trim().Trim('"', '\''));
        }

        return items;
    }

    private static void AddTrimmed(List<string> items, string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length > 0 && !items.Contains(trimmed, StringComparer.Ordinal))
        {
            items.Add(trimmed);
        }
    }

    public static void WrongType(DataNode node, string key, string expected, DiagnosticBag diagnostics)
    {
        var found = node switch
        {
            DataList => "a list",
            DataMap => "a set of keys",
            DataScalar s => $"'{s.Text}'",
            _ => "something else",
        };
        diagnostics.Error(DiagnosticIds.FrontMatterWrongType, node.Location, $"'{key}' should be {expected}, but is {found}.");
    }
}
