using System.Globalization;

namespace Inkstone.Data;

/// <summary>YAML 1.2's core schema: what a plain (unquoted) scalar is, so that <c>true</c>, <c>42</c> and <c>null</c> keep their types for templates.</summary>
internal static class CoreSchema
{
    public static object? Value(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed is "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (bool.TryParse(trimmed, out var flag))
        {
            return flag;
        }

        return decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && char.IsAsciiDigit(trimmed[^1]) ? number : text;
    }
}
