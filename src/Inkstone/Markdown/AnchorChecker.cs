using System.Net;
using System.Text.RegularExpressions;
using Inkstone.Diagnostics;

namespace Inkstone.Markdown;

/// <summary>
/// Reports links to an <c>#anchor</c> that the target page does not have. The ids are read from the
/// rendered HTML, so headings, equations, footnotes and anchors written as raw HTML (<c>&lt;a name="x"&gt;</c>,
/// <c>id='x'</c>) all count. An anchor that differs from one only in case is a warning that names it: browsers
/// match case, so the link lands at the top of the page.
/// </summary>
internal static partial class AnchorChecker
{
    public static void Check(IReadOnlyList<RenderedPost> posts, DiagnosticBag diagnostics)
    {
        var byPath = posts.ToDictionary(p => p.Post.SourcePath, StringComparer.Ordinal);

        // A page's ids are read only when a link points into it: reading every page's HTML took a serial pass over
        // the whole site's markup (about 150 ms of 4,000 posts) even when no post links to an anchor.
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        // Both lookups are per target page, not per link: a post with thousands of broken anchors to its own
        // thousands of headings took minutes when each link scanned every id.
        var folded = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var suggestions = new Dictionary<(string Target, string Anchor), string?>();
        var searched = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            foreach (var reference in post.Anchors)
            {
                if (IdsOf(reference.TargetSourcePath, byPath, ids) is { } targetIds && !targetIds.Contains(reference.Anchor))
                {
                    if (!folded.TryGetValue(reference.TargetSourcePath, out var byCase))
                    {
                        byCase = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                        foreach (var id in targetIds)
                        {
                            byCase.TryAdd(id, id);
                        }

                        folded[reference.TargetSourcePath] = byCase;
                    }

                    if (byCase.TryGetValue(reference.Anchor, out var cased))
                    {
                        diagnostics.Warning(DiagnosticIds.AnchorCase, reference.Location,
                            $"'{reference.TargetSourcePath}' has no anchor '#{reference.Anchor}', only '#{cased}'; anchors are matched with their case.",
                            $"Write '#{cased}'.");
                        continue;
                    }

                    var near = Suggestion(reference.TargetSourcePath, reference.Anchor, targetIds, suggestions, searched);
                    diagnostics.Error(DiagnosticIds.MissingAnchor, reference.Location,
                        $"'{reference.TargetSourcePath}' has no anchor '#{reference.Anchor}'.",
                        near is null ? "Anchors are made from headings: '## 建堆' is '#建堆'." : $"Did you mean '#{near}'?");
                }
            }
        }
    }

    /// <summary>The ids of the page made from <paramref name="target"/>, read once; null when no page is made from it.</summary>
    private static HashSet<string>? IdsOf(string target, Dictionary<string, RenderedPost> byPath, Dictionary<string, HashSet<string>> ids)
    {
        if (ids.TryGetValue(target, out var known))
        {
            return known;
        }

        if (!byPath.TryGetValue(target, out var post))
        {
            return null;
        }

        var read = Id().Matches(post.ContentHtml).Select(m => WebUtility.HtmlDecode(m.Groups["v"].Value)).ToHashSet(StringComparer.Ordinal);
        ids[target] = read;
        return read;
    }

    /// <summary>How many different missing anchors of one page get a suggestion; each costs a pass over the page's ids.</summary>
    private const int SuggestionsPerPage = 200;

    private static string? Suggestion(string target, string anchor, HashSet<string> targetIds, Dictionary<(string, string), string?> suggestions, Dictionary<string, int> searched)
    {
        if (suggestions.TryGetValue((target, anchor), out var known))
        {
            return known;
        }

        if ((searched[target] = searched.GetValueOrDefault(target) + 1) > SuggestionsPerPage)
        {
            return null;
        }

        return suggestions[(target, anchor)] = targetIds.Where(i => !i.StartsWith("fn", StringComparison.Ordinal)).OrderBy(i => Distance(i, anchor)).FirstOrDefault();
    }

    private static int Distance(string a, string b) => System.Math.Abs(a.Length - b.Length) + a.Zip(b).Count(p => p.First != p.Second);

    [GeneratedRegex(@"(?:\bid|<a\s[^>]*?\bname)=(?:""(?<v>[^""]+)""|'(?<v>[^']+)')", RegexOptions.IgnoreCase)]
    private static partial Regex Id();
}
