using System.Text.RegularExpressions;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// The arguments of Hexo's <c>{% img [class names] /path [width] [height] ["title" "alt"] %}</c>: classes up to the
/// image, then its size, then its title and alt text. Hexo's own syntax wraps both in single quotes
/// (<c>'"title" "alt"'</c>); writers also leave them out or write just a title, and each form means what it says.
/// </summary>
internal sealed partial record ImageArguments(IReadOnlyList<string> Classes, string Source, string? Width, string? Height, string? Title, string? Alt)
{
    /// <param name="isSource">Which argument is the image (a URL or path for <c>img</c>, a file of the asset folder for <c>asset_img</c>).</param>
    public static ImageArguments? Parse(string arguments, Func<string, bool> isSource)
    {
        var tokens = Token().Matches(arguments).ToList();
        var index = tokens.FindIndex(t => isSource(Unquote(t.Value)));
        if (index < 0)
        {
            return null;
        }

        string? width = null, height = null;
        var next = index + 1;
        if (next < tokens.Count && IsLength(tokens[next].Value))
        {
            width = tokens[next++].Value;
            if (next < tokens.Count && IsLength(tokens[next].Value))
            {
                height = tokens[next++].Value;
            }
        }

        var meta = next < tokens.Count ? arguments[tokens[next].Index..].Trim() : "";
        string? title = null, alt = null;
        if (TitleAndAlt().Match(meta) is { Success: true } both)
        {
            (title, alt) = (both.Groups[1].Value, both.Groups[2].Value);
        }
        else if (meta.Length > 0)
        {
            title = Unquote(Unquote(meta));
        }

        return new ImageArguments(tokens.Take(index).Select(t => Unquote(t.Value)).ToList(), Unquote(tokens[index].Value), width, height, NullIfEmpty(title), NullIfEmpty(alt));
    }

    private static bool IsLength(string value) => value.Length > 0 && value.All(char.IsAsciiDigit);

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0] ? value[1..^1] : value;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("""
        "[^"]*"|'[^']*'|\S+
        """)]
    private static partial Regex Token();

    [GeneratedRegex("""^'?"([^"]*)"\s*"([^"]*)"'?$""")]
    private static partial Regex TitleAndAlt();
}
