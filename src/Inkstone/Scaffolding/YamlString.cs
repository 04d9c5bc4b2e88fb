using System.Globalization;
using System.Text;

namespace Inkstone.Scaffolding;

/// <summary>
/// A value written as a double-quoted YAML string, for the files Inkstone writes. A line break, tab or
/// other control character is escaped (<c>\n</c>, <c>\x1B</c>): written raw, a title pasted with a newline
/// broke the front matter of the post it made.
/// </summary>
internal static class YamlString
{
    public static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\r' => quoted.Append("\\r"),
                '\t' => quoted.Append("\\t"),
                < ' ' or (>= '\u007F' and <= '\u009F') => quoted.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture)),
                '\u2028' or '\u2029' or '\uFEFF' => quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
