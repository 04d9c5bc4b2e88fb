using System.Globalization;
using System.Text;

namespace Inkstone.Content;

/// <summary>
/// Turns titles and file names into URL slugs. Chinese, Japanese and Korean characters are kept as they
/// are (browsers show them, search engines index them); Latin letters are lowercased; spaces and
/// punctuation become single hyphens.
/// </summary>
internal static class Slugifier
{
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
