namespace Inkstone.Markdown.Attributes;

/// <summary>
/// Which attributes a writer may set through an attribute list. Classes and ids always; otherwise only attributes
/// that describe (a title, a language, a size, <c>data-</c> and <c>aria-</c> values), never one that runs script
/// (<c>on*</c>), loads or points somewhere (<c>src</c>, <c>href</c>, <c>formaction</c>), or restyles the page
/// (<c>style</c>: a post could cover the site's own navigation with it), and no value that is a <c>javascript:</c> URL.
/// </summary>
internal static class AttributeSafety
{
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "title", "lang", "dir", "role", "width", "height", "align", "valign", "alt", "start", "reversed", "type", "colspan",
        "rowspan", "scope", "headers", "abbr", "cite", "datetime", "loading", "decoding", "rel", "target", "hreflang", "translate",
        "spellcheck", "hidden", "open", "name",
    };

    public static bool Allows(string name, string value) =>
        (Allowed.Contains(name) || IsPrefixed(name, "data-") || IsPrefixed(name, "aria-")) && !IsScriptUrl(value);

    private static bool IsPrefixed(string name, string prefix) =>
        name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>True for <c>javascript:</c> (and <c>vbscript:</c>, <c>data:</c>) however written: browsers skip spaces and control characters in a scheme.</summary>
    private static bool IsScriptUrl(string value)
    {
        var scheme = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).Take(12).ToArray()).ToLowerInvariant();
        return scheme.StartsWith("javascript:", StringComparison.Ordinal) || scheme.StartsWith("vbscript:", StringComparison.Ordinal) || scheme.StartsWith("data:", StringComparison.Ordinal);
    }
}
