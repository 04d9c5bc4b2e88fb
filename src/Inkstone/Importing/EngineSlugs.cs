using System.Globalization;
using System.Text;

namespace Inkstone.Importing;

/// <summary>
/// How each engine turns a title, file name or term into a URL segment. These are facts of the engines
/// (Jekyll's <c>Utils.slugify</c>, hexo-util's <c>slugize</c>, Hugo's <c>urlize</c>), kept exact so that a site
/// brought to Inkstone keeps every old address.
/// </summary>
internal static class EngineSlugs
{
    /// <summary>
    /// Jekyll's <c>slugify</c>: runs of characters other than letters, marks and digits (and, in "pretty" mode,
    /// <c>._~!$&amp;'()+,;=@</c>) become one hyphen; hyphens at the ends go; lower case unless <paramref name="cased"/>.
    /// </summary>
    public static string Jekyll(string text, bool pretty, bool cased)
    {
        var builder = new StringBuilder(text.Length);
        var pending = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var keep = Rune.IsLetter(rune) || Rune.IsDigit(rune) || IsMark(rune) || (pretty && rune.IsAscii && "._~!$&'()+,;=@".Contains((char)rune.Value, StringComparison.Ordinal));
            if (keep)
            {
                if (pending)
                {
                    builder.Append('-');
                }

                pending = false;
                builder.Append(rune.ToString());
            }
            else
            {
                pending = true;
            }
        }

        var slug = builder.ToString().Trim('-');
        return cased ? slug : slug.ToLowerInvariant();
    }

    /// <summary>
    /// hexo-util's <c>slugize</c>: accents dropped, control characters removed, runs of whitespace and
    /// <c>~`!@#$%^&amp;*()-_+=[]{}|\;:"'&lt;&gt;,.?/</c> one hyphen, none at the ends; <paramref name="transform"/> 1 lower, 2 upper.
    /// </summary>
    public static string Hexo(string text, int transform = 0)
    {
        const string special = "~`!@#$%^&*()-_+=[]{}|\\;:\"'<>,.?/";
        var builder = new StringBuilder(text.Length);
        var pending = false;
        foreach (var c in WithoutAccents(text))
        {
            if (c < 0x20)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || special.Contains(c, StringComparison.Ordinal))
            {
                pending = true;
                continue;
            }

            if (pending && builder.Length > 0)
            {
                builder.Append('-');
            }

            pending = false;
            builder.Append(c);
        }

        var slug = builder.ToString();
        return transform switch
        {
            1 => slug.ToLowerInvariant(),
            2 => slug.ToUpperInvariant(),
            _ => slug,
        };
    }

    /// <summary>
    /// Hugo's <c>MakePath</c>: spaces become hyphens, and only letters, digits, marks, <c>./\_-#+~</c> and
    /// <c>%XX</c> escapes are kept; <c>urlize</c> and paths are lower-cased unless the site disables it.
    /// </summary>
    public static string Hugo(string text, bool lower = true)
    {
        var source = text.Trim().Replace(' ', '-');
        var builder = new StringBuilder(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '%' && i + 2 < source.Length && Uri.IsHexDigit(source[i + 1]) && Uri.IsHexDigit(source[i + 2]))
            {
                builder.Append(c);
            }
            else if (char.IsSurrogate(c) || char.IsLetterOrDigit(c) || IsMark(c) || "./\\_-#+~".Contains(c, StringComparison.Ordinal))
            {
                builder.Append(c);
            }
        }

        return lower ? builder.ToString().ToLowerInvariant() : builder.ToString();
    }

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Latin letters with accents as their base letters (hexo-util's escapeDiacritic); other scripts are left alone.</summary>
    private static string WithoutAccents(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var latin = c is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF';
            builder.Append(latin ? c.ToString().Normalize(NormalizationForm.FormD)[0] : c);
        }

        return builder.ToString();
    }
}
