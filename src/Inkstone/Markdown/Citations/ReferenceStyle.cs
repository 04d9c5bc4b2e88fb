using System.Globalization;
using System.Net;
using System.Text;
using Inkstone.Bibliography;

namespace Inkstone.Markdown.Citations;

/// <summary>
/// A citation style: how the works a post cites are ordered and labelled, how a citation reads in the text, and how an
/// entry of the reference list reads. What both styles share (links for DOIs and URLs, pages, the parts of an entry) is here.
/// </summary>
internal abstract class ReferenceStyle(BibHtml html)
{
    protected BibHtml Html { get; } = html;

    /// <summary>Whether the reference list is numbered (an ordered list) or alphabetical.</summary>
    public abstract bool Numbered { get; }

    /// <summary>Puts the cited works (in the order of their first citation) in reference-list order and gives each its label.</summary>
    public abstract IReadOnlyList<CitedWork> Arrange(IReadOnlyList<CitedWork> firstCited);

    /// <summary>
    /// A whole citation's HTML. <paramref name="link"/> writes one item's link to its reference (with its preview) around the
    /// given text; the style decides which words the link covers.
    /// </summary>
    public abstract string Cite(IReadOnlyList<(CitationItem Item, CitedWork Work)> items, bool inText, Func<int, string, string> link);

    /// <summary>The entry as the reference list shows it.</summary>
    public abstract string Reference(CitedWork work);

    protected static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The family names a citation shows: "Vaswani", "Devlin &amp; Chang", "Vaswani et al.", or the title when there are no authors.</summary>
    protected string ShortAuthors(BibEntry entry, string and)
    {
        var (names, others, _) = entry.Creators();
        return names.Count switch
        {
            0 => "<i>" + Html.Write(entry.Field("title")) + "</i>",
            1 when !others => Encode(names[0].LastName),
            2 when !others => Encode(names[0].LastName) + " " + and + " " + Encode(names[1].LastName),
            _ => Encode(names[0].LastName) + " et al.",
        };
    }

    protected static string Pages(BibEntry entry) =>
        entry.Plain("pages") is { Length: > 0 } pages ? pages.Replace("--", "–").Replace('-', '–') : "";

    /// <summary>The DOI without a resolver in front (some exports write the whole https://doi.org/ address).</summary>
    protected static string? Doi(BibEntry entry)
    {
        if (entry.Plain("doi") is not { Length: > 0 } doi)
        {
            return null;
        }

        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return doi[prefix.Length..].Trim();
            }
        }

        return doi.Trim();
    }

    protected static string? Url(BibEntry entry)
    {
        var url = entry.RawFields.TryGetValue("url", out var raw) ? raw.Trim() : null;
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return url;
        }

        return ArxivId(entry) is { } arxiv ? "https://arxiv.org/abs/" + arxiv : null;
    }

    /// <summary>The arXiv identifier of an entry (<c>eprint</c> with <c>archiveprefix = arXiv</c>, or a journal "arXiv preprint arXiv:…").</summary>
    protected static string? ArxivId(BibEntry entry)
    {
        if (entry.Plain("eprint") is { Length: > 0 } eprint
            && (entry.Plain("archiveprefix") ?? entry.Plain("eprinttype") ?? "arxiv").Equals("arxiv", StringComparison.OrdinalIgnoreCase))
        {
            return eprint;
        }

        var journal = entry.Plain("journal") ?? entry.Plain("howpublished") ?? "";
        var at = journal.IndexOf("arXiv:", StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? journal[(at + 6)..].Trim().Split(' ')[0] : null;
    }

    protected static string Link(string href, string text) =>
        $"<a href=\"{Encode(href)}\">{Encode(text)}</a>";

    protected static string? Month(BibEntry entry)
    {
        var month = entry.Plain("month");
        if (string.IsNullOrWhiteSpace(month))
        {
            return null;
        }

        return int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 12
            ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(number)
            : month;
    }

    /// <summary>The text before a citation item ("see"), with its space.</summary>
    protected static string Prefix(CitationItem item) => item.Prefix.Length == 0 ? "" : Encode(item.Prefix) + " ";

    protected static string Suffix(CitationItem item) => item.Suffix.Length == 0 ? "" : ", " + Encode(item.Suffix);

    /// <summary>Joins parts that are present with a separator, as entries leave out what they lack.</summary>
    protected static string Join(string separator, params string?[] parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrEmpty(part))
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(separator);
            }

            text.Append(part);
        }

        return text.ToString();
    }

    /// <summary>Ends a sentence of an entry with a period unless it ends with punctuation already ("Is attention all you need?").</summary>
    protected static string Sentence(string html)
    {
        var end = html.TrimEnd();
        var plain = end.EndsWith('>') ? System.Text.RegularExpressions.Regex.Replace(end, "<[^>]*>", "") : end;
        return plain.Length > 0 && plain[^1] is '.' or '?' or '!' ? end : end + ".";
    }
}
