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
        var ids = posts.ToDictionary(
            p => p.Post.SourcePath,
            p => Id().Matches(p.ContentHtml).Select(m => WebUtility.HtmlDecode(m.Groups["v"].Value)).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        foreach (var post in posts)
        {
            foreach (var reference in post.Anchors)
            {
                if (ids.TryGetValue(reference.TargetSourcePath, out var targetIds) && !targetIds.Contains(reference.Anchor))
                {
                    if (targetIds.FirstOrDefault(i => string.Equals(i, reference.Anchor, StringComparison.OrdinalIgnoreCase)) is { } cased)
                    {
                        diagnostics.Warning(DiagnosticIds.AnchorCase, reference.Location,
                            $"'{reference.TargetSourcePath}' has no anchor '#{reference.Anchor}', only '#{cased}'; anchors are matched with their case.",
                            $"Write '#{cased}'.");
                        continue;
                    }

                    var near = targetIds.Where(i => !i.StartsWith("fn", StringComparison.Ordinal)).OrderBy(i => Distance(i, reference.Anchor)).FirstOrDefault();
                    diagnostics.Error(DiagnosticIds.MissingAnchor, reference.Location,
                        $"'{reference.TargetSourcePath}' has no anchor '#{reference.Anchor}'.",
                        near is null ? "Anchors are made from headings: '## 建堆' is '#建堆'." : $"Did you mean '#{near}'?");
                }
            }
        }
    }

    private static int Distance(string a, string b) => System.Math.Abs(a.Length - b.Length) + a.Zip(b).Count(p => p.First != p.Second);

    [GeneratedRegex(@"(?:\bid|<a\s[^>]*?\bname)=(?:""(?<v>[^""]+)""|'(?<v>[^']+)')", RegexOptions.IgnoreCase)]
    private static partial Regex Id();
}
