using System.Text.RegularExpressions;

namespace Inkstone.Configuration;

/// <summary>
/// The languages a post can be written in and translated to: those the theme has interface strings for
/// (<c>i18n/zh-CN.yml</c>, <c>zh-TW</c>, <c>en</c>, <c>ja</c>), each under the spellings writers use for it.
/// </summary>
internal static partial class LanguageCodes
{
    /// <summary>The codes pages, feeds and <c>hreflang</c> use, in the order a language switch lists them.</summary>
    public static IReadOnlyList<string> Known { get; } = ["zh-CN", "zh-TW", "en", "ja"];

    /// <summary>
    /// The known code <paramref name="code"/> means (<c>zh</c>, <c>zh-Hans</c> and <c>zh_CN</c> are <c>zh-CN</c>;
    /// <c>zh-Hant</c> and <c>zh-HK</c> are <c>zh-TW</c>; <c>en-US</c> is <c>en</c>), or null for a language without strings.
    /// </summary>
    public static string? Canonical(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var parts = code.Trim().Replace('_', '-').ToLowerInvariant().Split('-');
        return parts[0] switch
        {
            "en" => "en",
            "ja" => "ja",
            "zh" when parts.Length == 1 => "zh-CN",
            "zh" when parts.Skip(1).Any(p => p is "hant" or "tw" or "hk" or "mo") => "zh-TW",
            "zh" when parts.Skip(1).All(p => p is "hans" or "cn" or "sg") => "zh-CN",
            _ => null,
        };
    }

    /// <summary>Whether a file name's last part (<c>post.fr.md</c>'s <c>fr</c>) is shaped like a language code, known or not.</summary>
    public static bool LooksLikeCode(string text) => CodeShape().IsMatch(text);

    /// <summary>The folder a language's pages are published under: <c>/en/</c>, <c>/ja/</c>, <c>/zh-tw/</c>.</summary>
    public static string Prefix(string canonical) => "/" + canonical.ToLowerInvariant() + "/";

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z]{2,4})?$")]
    private static partial Regex CodeShape();
}
