using System.Globalization;
using System.Text.RegularExpressions;

namespace Inkstone.Diagrams.Internal.Mermaid;

/// <summary>
/// A label as Mermaid writes it, made plain: quotes and Markdown-string backticks taken off, <c>&lt;br&gt;</c> and
/// <c>\n</c> as line breaks, Mermaid's entity codes (<c>#quot;</c>, <c>#35;</c>) and HTML's common entities decoded,
/// other HTML tags dropped. SVG text is not HTML, so tags never reach the page.
/// </summary>
internal static partial class LabelText
{
    public static IReadOnlyList<string> Lines(string label)
    {
        var text = label.Trim();
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            text = text[1..^1];
        }

        if (text.Length >= 2 && text[0] == '`' && text[^1] == '`')
        {
            text = text[1..^1].Replace("**", "", StringComparison.Ordinal);
        }

        text = LineBreak().Replace(text, "\n").Replace("\\n", "\n", StringComparison.Ordinal);
        text = Tag().Replace(text, "");
        text = Entity().Replace(text, Decode);
        return text.Split('\n').Select(l => l.Trim()).ToArray();
    }

    public static string Plain(string label) => string.Join(" ", Lines(label));

    private static string Decode(Match match)
    {
        var name = match.Groups["name"].Value;
        if (name.StartsWith('#') && int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is > 0 and < 0x110000)
        {
            return char.ConvertFromUtf32(code);
        }

        if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out code) && match.Value[0] == '#' && code is > 0 and < 0x110000)
        {
            return char.ConvertFromUtf32(code);
        }

        return name switch
        {
            "quot" => "\"",
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "nbsp" => "\u00A0",
            "apos" => "'",
            _ => match.Value,
        };
    }

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</?[A-Za-z][^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[&#](?<name>#?[A-Za-z0-9]{1,8});")]
    private static partial Regex Entity();
}
