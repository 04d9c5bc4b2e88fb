using System.Text.RegularExpressions;

namespace Inkstone.Markdown;

/// <summary>
/// The copies a post's HTML holds for the eye only, hidden from screen readers and shown by the theme's CSS: sidenotes
/// (a footnote beside its reference) and citation previews. A feed reader has no such CSS and would show each one
/// inline, a second time, so feeds leave them out.
/// </summary>
internal static partial class VisualCopies
{
    public static string Remove(string html) =>
        html.Contains("<span class=\"sidenote\"", StringComparison.Ordinal) || html.Contains("<span class=\"cite__preview\"", StringComparison.Ordinal)
            ? Copy().Replace(html, "")
            : html;

    // A copy's span with the spans nested in it (math, citations), balanced.
    [GeneratedRegex("""<span class="(?:sidenote|cite__preview)"[^>]*>(?>(?<open><span\b)|(?<-open></span>)|(?!<span\b|</span>)[\s\S])*(?(open)(?!))</span>""")]
    private static partial Regex Copy();
}
