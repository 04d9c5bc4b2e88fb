using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Inkstone.Testing;

/// <summary>
/// Brings two HTML fragments to one form before comparing them: parsed and re-serialised (so quoting,
/// entity choices and attribute order do not matter), with whitespace between tags removed and runs of spaces collapsed.
/// </summary>
internal static partial class HtmlNormalizer
{
    private static readonly HtmlParser Parser = new();

    public static string Normalize(string html)
    {
        var document = Parser.ParseDocument("<body>" + html + "</body>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            var attributes = element.Attributes.Select(a => (a.Name, a.Value)).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
            foreach (var (name, _) in attributes)
            {
                element.RemoveAttribute(name);
            }

            foreach (var (name, value) in attributes)
            {
                element.SetAttribute(name, value);
            }
        }

        var serialized = document.Body!.InnerHtml;
        serialized = BetweenTags().Replace(serialized, "><");
        return Spaces().Replace(serialized, " ").Trim();
    }

    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenTags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
