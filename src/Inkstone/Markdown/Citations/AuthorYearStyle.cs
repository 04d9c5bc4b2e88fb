using Inkstone.Bibliography;

namespace Inkstone.Markdown.Citations;

/// <summary>
/// Author and year, after APA: "(Vaswani et al., 2017, p. 3)" and "Vaswani et al. (2017)" in the text; the list in order of
/// authors, then year, then title, with "2017a" and "2017b" for the same authors' works of one year; titles in sentence case.
/// </summary>
internal sealed class AuthorYearStyle(BibHtml html, bool english) : ReferenceStyle(html)
{
    private const int MostNames = 20;

    public override bool Numbered => false;

    public override IReadOnlyList<CitedWork> Arrange(IReadOnlyList<CitedWork> firstCited)
    {
        var ordered = firstCited
            .OrderBy(w => SortKey(w.Entry), StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, System.Globalization.CompareOptions.IgnoreCase))
            .ThenBy(w => w.Entry.Year ?? "", StringComparer.Ordinal)
            .ThenBy(w => w.Entry.Plain("title") ?? "", StringComparer.OrdinalIgnoreCase)
            .ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Number = i + 1;
            ordered[i].YearLabel = ordered[i].Entry.Year ?? (english ? "n.d." : "无日期");
        }

        // The same short author list and year twice or more: letters in list order.
        foreach (var group in ordered.GroupBy(w => ShortAuthors(w.Entry, "&") + "\u0000" + w.YearLabel).Where(g => g.Count() > 1))
        {
            var letter = 'a';
            foreach (var work in group)
            {
                work.YearLabel += letter++;
            }
        }

        return ordered;
    }

    public override string Cite(IReadOnlyList<(CitationItem Item, CitedWork Work)> items, bool inText, Func<int, string, string> link)
    {
        if (inText)
        {
            var (item, work) = items[0];
            var year = item.Suffix.Length == 0 ? work.YearLabel : work.YearLabel + Suffix(item);
            return link(0, ShortAuthors(work.Entry, english ? "and" : "和") + " (" + year + ")");
        }

        var parts = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var (item, work) = items[i];
            var label = item.SuppressAuthor ? work.YearLabel : ShortAuthors(work.Entry, "&") + ", " + work.YearLabel;
            parts.Add(Prefix(item) + link(i, label) + Suffix(item));
        }

        return "(" + string.Join("; ", parts) + ")";
    }

    public override string Reference(CitedWork work)
    {
        var entry = work.Entry;
        var (names, others, editors) = entry.Creators();
        var authors = Authors(names, others);
        if (editors && authors.Length > 0)
        {
            authors += names.Count == 1 ? " (Ed.)" : " (Eds.)";
        }

        var title = Html.Write(entry.Field("title"), sentenceCase: true);
        var date = "(" + work.YearLabel + ")";
        var source = Source(entry, ref title);
        var links = Doi(entry) is { } doi ? Link("https://doi.org/" + doi, "https://doi.org/" + doi) : Url(entry) is { } url ? Link(url, url) : null;
        return Join(" ",
            authors.Length > 0 ? Sentence(authors + " " + date) : null,
            title.Length > 0 ? Sentence(title) : null,
            authors.Length == 0 ? Sentence(date) : null,
            source.Length > 0 ? Sentence(source) : null,
            links);
    }

    /// <summary>Where the work appeared; a work that stands alone (book, thesis, preprint) has its title in italics instead.</summary>
    private string Source(BibEntry entry, ref string title)
    {
        var volume = entry.Plain("volume");
        var number = entry.Plain("number");
        var pages = Pages(entry);
        switch (entry.Type)
        {
            case "article":
                if (ArxivId(entry) is { } preprint && !entry.Has("volume"))
                {
                    title = "<i>" + title + "</i>";
                    return "arXiv:" + Encode(preprint);
                }

                var issue = Join("", volume is { Length: > 0 } ? "<i>" + Encode(volume) + "</i>" : null, number is { Length: > 0 } ? "(" + Encode(number) + ")" : null);
                return Join(", ", "<i>" + Html.Write(entry.Field("journal")) + "</i>", issue, pages.Length > 0 ? Encode(pages) : null);
            case "inproceedings" or "conference" or "incollection" or "inbook":
                var details = Join(", ", volume is { Length: > 0 } ? "Vol. " + Encode(volume) : null, pages.Length > 0 ? "pp. " + Encode(pages) : null);
                var book = entry.Has("booktitle") ? "In <i>" + Html.Write(entry.Field("booktitle")) + "</i>" + (details.Length > 0 ? " (" + details + ")" : "") : null;
                return Join(". ", book, Publisher(entry));
            case "phdthesis" or "mastersthesis":
                title = "<i>" + title + "</i> [" + Join(", ", entry.Type == "phdthesis" ? "Doctoral dissertation" : "Master’s thesis", Encode(entry.Plain("school") ?? "")) + "]";
                return "";
            case "techreport":
                title = "<i>" + title + "</i>" + (number is { Length: > 0 } ? " (" + Encode(entry.Plain("type") ?? "Report") + " No. " + Encode(number) + ")" : "");
                return Encode(entry.Plain("institution") ?? "");
            default:
                title = "<i>" + title + "</i>" + (entry.Plain("edition") is { Length: > 0 } edition ? " (" + Encode(edition) + " ed.)" : "");
                var arxiv = ArxivId(entry);
                return Join(". ", arxiv is not null ? "arXiv:" + Encode(arxiv) : Encode(entry.Plain("howpublished") is { } how && !how.StartsWith("\\url", StringComparison.Ordinal) && !how.StartsWith("http", StringComparison.Ordinal) ? how : ""), Publisher(entry));
        }
    }

    private static string? Publisher(BibEntry entry) =>
        (entry.Plain("publisher") ?? entry.Plain("organization")) is { Length: > 0 } publisher ? Encode(publisher) : null;

    /// <summary>"Vaswani, A., Shazeer, N., &amp; Polosukhin, I.": up to twenty names; more, the first nineteen, an ellipsis and the last.</summary>
    private static string Authors(IReadOnlyList<BibName> names, bool others)
    {
        var written = names.Select(Name).ToList();
        if (written.Count == 0)
        {
            return "";
        }

        if (written.Count > MostNames)
        {
            return string.Join(", ", written.Take(MostNames - 1)) + ", … " + written[^1];
        }

        if (others)
        {
            return string.Join(", ", written) + ", et al.";
        }

        return written.Count == 1 ? written[0] : string.Join(", ", written.Take(written.Count - 1)) + ", &amp; " + written[^1];
    }

    private static string Name(BibName name)
    {
        var family = Encode(name.LastName) + (name.Suffix.Length > 0 ? ", " + Encode(name.Suffix) : "");
        var initials = name.Initials;
        return initials.Length == 0 ? family : family + ", " + Encode(initials);
    }

    private static string SortKey(BibEntry entry)
    {
        var (names, _, _) = entry.Creators();
        return names.Count == 0
            ? entry.Plain("title") ?? ""
            : string.Join("\u0001", names.Select(n => n.Family + "\u0002" + n.Von + "\u0002" + n.Given));
    }
}
