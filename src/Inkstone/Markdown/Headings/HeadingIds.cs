using System.Text;
using System.Text.RegularExpressions;
using Inkstone.Content;

namespace Inkstone.Markdown.Headings;

/// <summary>
/// The ids of one page's headings in one engine's style: how text becomes an id, and how a repeat is told apart
/// (<c>-1</c>, <c>-2</c> for most; Python-Markdown's <c>_1</c>, <c>_2</c>, also for a heading with no usable text).
/// </summary>
internal sealed partial class HeadingIds(HeadingIdStyle style)
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _repeats = new(StringComparer.Ordinal);

    public string Claim(string id)
    {
        _used.Add(id);
        return id;
    }

    public string Next(string text)
    {
        var id = Base(text);
        if (style == HeadingIdStyle.PythonMarkdown)
        {
            // Python-Markdown's toc.unique: "x", "x_1", "x_2"; an empty id starts at "_1".
            while (id.Length == 0 || _used.Contains(id))
            {
                var match = Numbered().Match(id);
                id = match.Success ? $"{match.Groups[1].Value}_{int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}" : id + "_1";
            }

            return Claim(id);
        }

        if (id.Length == 0)
        {
            id = style == HeadingIdStyle.GitHub ? "heading" : "section";
        }

        var candidate = id;
        var n = _repeats.GetValueOrDefault(id);
        while (_used.Contains(candidate))
        {
            n++;
            candidate = $"{id}-{n}";
        }

        _repeats[id] = n;
        return Claim(candidate);
    }

    private string Base(string text) => style switch
    {
        HeadingIdStyle.Kramdown => Kramdown(text),
        HeadingIdStyle.KramdownGfm => KramdownGfm(text),
        HeadingIdStyle.GitHub => GitHub(text),
        HeadingIdStyle.Hexo => Importing.EngineSlugs.Hexo(text),
        HeadingIdStyle.PythonMarkdown => Importing.MkDocsUrls.PythonMarkdownSlug(text),
        _ => Slugifier.Slugify(text),
    };

    /// <summary>kramdown's <c>basic_generate_id</c>: no leading non-letters, only ASCII letters, digits, spaces and hyphens, spaces as hyphens, lower case.</summary>
    private static string Kramdown(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsAsciiLetter(text[start]))
        {
            start++;
        }

        var builder = new StringBuilder();
        foreach (var c in text.AsSpan(start))
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == ' ')
            {
                builder.Append('-');
            }
        }

        return builder.ToString();
    }

    /// <summary>kramdown-parser-gfm's ids: lower case, then every character that is not a word character (letter, mark, digit, '_'), '-', space or tab dropped, and spaces and tabs as hyphens.</summary>
    private static string KramdownGfm(string text)
    {
        var builder = new StringBuilder();
        foreach (var rune in text.ToLowerInvariant().EnumerateRunes())
        {
            if (rune.Value is ' ' or '\t')
            {
                builder.Append('-');
            }
            else if (Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '_' || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation)
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    /// <summary>goldmark's GitHub ids (Hugo): letters and digits lower-cased, '-' and '_' kept, each space a hyphen, the rest dropped.</summary>
    private static string GitHub(string text)
    {
        var builder = new StringBuilder();
        foreach (var rune in text.Trim().EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                builder.Append('-');
            }
            else if (Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '_')
            {
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(.*)_([0-9]+)$")]
    private static partial Regex Numbered();
}
