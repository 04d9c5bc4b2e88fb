using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Inkstone.Content;

/// <summary>
/// Turns titles and file names into URL slugs. Chinese, Japanese and Korean characters are kept as they
/// are (browsers show them, search engines index them); Latin letters are lowercased; spaces and
/// punctuation become single hyphens.
/// </summary>
internal static partial class Slugifier
{
    /// <summary>
    /// The slug of a category or tag: as <see cref="Slugify"/>, but the '+' and '#' that tell languages apart are
    /// spelled out first, so C++, C# and C get three pages (<c>cpp</c>, <c>csharp</c>, <c>c</c>) instead of one.
    /// </summary>
    public static string SlugifyTerm(string name) =>
        Slugify(Sharp().Replace(PlusPlus().Replace(name, "pp"), "sharp"));

    [GeneratedRegex(@"(?<=\w)\+\+(?!\w)")]
    private static partial Regex PlusPlus();

    [GeneratedRegex(@"(?<=\w)#(?!\w)")]
    private static partial Regex Sharp();

    public static string Slugify(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        var pendingHyphen = false;
        foreach (var rune in normalized.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var keep = Rune.IsLetterOrDigit(rune) || rune.Value == '_' ||
                       category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (keep)
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
