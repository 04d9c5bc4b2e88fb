using System.Globalization;
using System.Text;
using Inkstone.Bibliography;
using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.Diagnostics;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace Inkstone.Markdown.Citations;

/// <summary>
/// Resolves a post's citations against its bibliographies: reports unknown keys where they are written, formats each citation
/// in the post's style with a preview of the work that shows on hover and focus, and puts the reference list, with back-links
/// to every place each work is cited, where <c>&lt;!-- references --&gt;</c> stands or at the end (before the footnotes).
/// </summary>
internal static partial class CitationResolver
{
    /// <summary>The comment a writer puts where the reference list goes.</summary>
    public const string Marker = "<!-- references -->";

    public static void Resolve(MarkdownDocument document, Post post, int firstBodyLine, PostRenderContext context, IReadOnlyList<Headings.Heading> headings)
    {
        var bibliographies = context.Bibliographies.For(post);
        RecordDependencies(post, bibliographies, context);
        var citations = document.Descendants<CitationInline>().ToList();
        if (bibliographies.Count == 0 || citations.Count == 0)
        {
            return;
        }

        var english = post.Lang is { } lang ? lang.StartsWith("en", StringComparison.OrdinalIgnoreCase) : context.Config.Language == SiteLanguage.English;
        var style = Style(post, context, english);
        var works = new Dictionary<string, CitedWork>(StringComparer.Ordinal);
        var resolved = new List<(CitationInline Citation, List<(CitationItem, CitedWork)> Items)>();
        foreach (var citation in citations)
        {
            if (InsideLink(citation))
            {
                // "[@key](url)" is a link, as in pandoc; a citation in its text would put a link in a link.
                continue;
            }

            var items = new List<(CitationItem, CitedWork)>();
            foreach (var item in citation.Items)
            {
                if (Find(bibliographies, item.Key) is not { } entry)
                {
                    Unknown(citation, item, post, firstBodyLine, bibliographies, context.Diagnostics);
                    continue;
                }

                if (!works.TryGetValue(item.Key, out var work))
                {
                    work = new CitedWork(entry, UniqueId(works.Values, item.Key));
                    works.Add(item.Key, work);
                }

                items.Add((item, work));
            }

            if (items.Count == citation.Items.Count)
            {
                resolved.Add((citation, items));
            }
        }

        if (works.Count == 0)
        {
            return;
        }

        var ordered = style.Arrange(works.Values.ToList());
        var previews = ordered.ToDictionary(w => w, style.Reference);
        var next = 1;
        foreach (var (citation, items) in resolved)
        {
            string Link(int index, string text)
            {
                var work = items[index].Item2;
                var id = "cite-" + next++.ToString(CultureInfo.InvariantCulture);
                work.CitedAt.Add(id);
                return $"<span class=\"cite\"><a class=\"cite__link\" href=\"#{work.Id}\" id=\"{id}\" aria-describedby=\"{id}-preview\">{text}</a>"
                    + $"<span class=\"cite__preview\" id=\"{id}-preview\" role=\"tooltip\" hidden>{previews[work]}</span></span>";
            }

            citation.Html = "<span class=\"citation\">" + style.Cite(items, citation.InText, Link) + "</span>";
            citation.Text = System.Net.WebUtility.HtmlDecode(Tags().Replace(style.Cite(items, citation.InText, (_, text) => text), ""));
        }

        var marker = document.Descendants<HtmlBlock>().FirstOrDefault(b => b.Lines.ToString().Trim() == Marker);
        var list = new ReferenceListBlock(null, List(ordered, previews, style, english, marker is null ? headings : null));
        Place(document, marker, list);
    }

    [System.Text.RegularExpressions.GeneratedRegex("<[^>]*>")]
    private static partial System.Text.RegularExpressions.Regex Tags();

    private static bool InsideLink(CitationInline citation)
    {
        for (var parent = citation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is Markdig.Syntax.Inlines.LinkInline)
            {
                return true;
            }
        }

        return false;
    }

    private static ReferenceStyle Style(Post post, PostRenderContext context, bool english)
    {
        var choice = context.Config.Citations.Style;
        if (post.FrontMatter["citation_style"] is Data.DataScalar written)
        {
            if (CitationSettings.ParseStyle(written.Text) is { } own)
            {
                choice = own;
            }
            else
            {
                context.Diagnostics.Warning(DiagnosticIds.CitationStyleUnknown, written.Location, $"'{written.Text}' is not a citation style Inkstone has; the site's style is used.",
                    "Write 'author-year' (APA-like) or 'numeric' (IEEE-like).");
            }
        }

        var html = new BibHtml(tex => context.Math.CompileToString(tex, new Inkstone.Math.MathRenderOptions { Macros = context.MathMacros }));
        return choice == CitationStyle.Numeric ? new NumericStyle(html, english) : new AuthorYearStyle(html, english);
    }

    private static BibEntry? Find(IReadOnlyList<BibliographyFile> bibliographies, string key)
    {
        foreach (var file in bibliographies)
        {
            if (file.Entries.TryGetValue(key, out var entry))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>A cached rendering holds while the bibliographies it read are unchanged (and, for a post that may cite, while none appears).</summary>
    private static void RecordDependencies(Post post, IReadOnlyList<BibliographyFile> bibliographies, PostRenderContext context)
    {
        if (context.Dependencies is not { } dependencies)
        {
            return;
        }

        foreach (var file in bibliographies)
        {
            dependencies.FileStamp(file.Path, context.Files.FileStamp(file.Path));
        }

        if (context.Config.Citations.Bibliographies is null && !context.Bibliographies.SiteWide && post.Source.Text.Contains('@', StringComparison.Ordinal))
        {
            dependencies.FileExists(CitationSettings.DefaultBibliography, false);
        }

        if (post.FrontMatter["bibliography"] is { } node)
        {
            foreach (var item in node is Data.DataList list ? list.Items : [node])
            {
                if (item is Data.DataScalar scalar)
                {
                    foreach (var candidate in SiteBibliographies.Candidates(post, scalar.Text).OfType<string>())
                    {
                        dependencies.FileExists(candidate, context.Files.FileExists(candidate));
                    }
                }
            }
        }
    }

    private static void Unknown(CitationInline citation, CitationItem item, Post post, int firstBodyLine, IReadOnlyList<BibliographyFile> bibliographies, DiagnosticBag diagnostics)
    {
        // The key's own column when it is on the citation's first line.
        var at = citation.Written.IndexOf("@" + item.Key, StringComparison.Ordinal);
        if (at < 0)
        {
            at = citation.Written.IndexOf("@{" + item.Key, StringComparison.Ordinal);
        }

        var offset = at > 0 && citation.Written.LastIndexOf('\n', at) < 0 ? at : 0;
        var location = new SourceLocation(post.SourcePath, citation.Line + firstBodyLine, citation.Column + 1 + offset);
        var files = string.Join(", ", bibliographies.Select(b => b.Path));
        diagnostics.Warning(DiagnosticIds.CitationKeyUnknown, location, $"No entry '{item.Key}' in the bibliography ({files}); the citation is shown as written.",
            citation.InText ? "Check the key, or write \\@ if this '@' is not a citation." : "Check the key against the .bib file; keys are case-sensitive.");
    }

    private static string UniqueId(IEnumerable<CitedWork> taken, string key)
    {
        var id = new StringBuilder("ref-");
        foreach (var c in key)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' ? c : '-');
        }

        var candidate = id.ToString();
        var n = 2;
        while (taken.Any(w => w.Id == candidate))
        {
            candidate = id + "-" + n++.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <param name="headings">The post's headings, to give the list's own heading an id none of them has; null where the writer
    /// placed the list under a heading of their own (<c>&lt;!-- references --&gt;</c>).</param>
    private static string List(IReadOnlyList<CitedWork> ordered, Dictionary<CitedWork, string> formatted, ReferenceStyle style, bool english, IReadOnlyList<Headings.Heading>? headings)
    {
        var title = english ? "References" : "参考文献";
        var html = new StringBuilder();
        var kind = style.Numbered ? "numeric" : "author-year";
        if (headings is null)
        {
            html.Append($"<section class=\"references references--{kind}\" aria-label=\"{title}\">");
        }
        else
        {
            var headingId = headings.Any(h => h.Id == "references") ? "references-list" : "references";
            html.Append($"<section class=\"references references--{kind}\" aria-labelledby=\"{headingId}\">");
            html.Append($"<h2 class=\"references__title\" id=\"{headingId}\">{title}</h2>");
        }

        var list = style.Numbered ? "ol" : "ul";
        html.Append($"<{list} class=\"references__list\">");
        foreach (var work in ordered)
        {
            html.Append($"<li id=\"{work.Id}\">{formatted[work]}");
            html.Append(BackLinks(work, english));
            html.Append("</li>");
        }

        html.Append($"</{list}></section>");
        return html.ToString();
    }

    private static string BackLinks(CitedWork work, bool english)
    {
        if (work.CitedAt.Count == 0)
        {
            return "";
        }

        var label = english ? "Back to citation" : "返回引用处";
        if (work.CitedAt.Count == 1)
        {
            return $" <a class=\"references__back\" href=\"#{work.CitedAt[0]}\" aria-label=\"{label}\">↩</a>";
        }

        var links = work.CitedAt.Select((id, i) =>
            $"<a href=\"#{id}\" aria-label=\"{label} {i + 1}\">{i + 1}</a>");
        return " <span class=\"references__back\">↩ " + string.Join(" ", links) + "</span>";
    }

    private static void Place(MarkdownDocument document, HtmlBlock? marker, ReferenceListBlock block)
    {
        if (marker?.Parent is { } parent)
        {
            parent[parent.IndexOf(marker)] = block;
            return;
        }

        var footnotes = document.OfType<FootnoteGroup>().FirstOrDefault();
        if (footnotes is not null)
        {
            document.Insert(document.IndexOf(footnotes), block);
        }
        else
        {
            document.Add(block);
        }
    }
}
