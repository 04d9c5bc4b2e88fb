using Inkstone.Bibliography;

namespace Inkstone.Markdown.Citations;

/// <summary>
/// Numbers, after IEEE: "[1]", "[1, p. 3], [2]" and "Vaswani et al. [1]" in the text; the list numbered in order of first
/// citation, names as initials first, titles in quotation marks as written.
/// </summary>
internal sealed class NumericStyle(BibHtml html, bool english) : ReferenceStyle(html)
{
    private const int MostNames = 6;

    public override bool Numbered => true;

    public override IReadOnlyList<CitedWork> Arrange(IReadOnlyList<CitedWork> firstCited)
    {
        for (var i = 0; i < firstCited.Count; i++)
        {
            firstCited[i].Number = i + 1;
            firstCited[i].YearLabel = firstCited[i].Entry.Year ?? "";
        }

        return firstCited;
    }

    public override string Cite(IReadOnlyList<(CitationItem Item, CitedWork Work)> items, bool inText, Func<int, string, string> link)
    {
        if (inText)
        {
            var (item, work) = items[0];
            return link(0, ShortAuthors(work.Entry, english ? "and" : "和") + " [" + work.Number + Suffix(item) + "]");
        }

        var parts = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var (item, work) = items[i];
            parts.Add(Prefix(item) + "[" + link(i, work.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)) + Suffix(item) + "]");
        }

        return string.Join(", ", parts);
    }

    public override string Reference(CitedWork work)
    {
        var entry = work.Entry;
        var (names, others, editors) = entry.Creators();
        var authors = Authors(names, others) + (editors && names.Count > 0 ? names.Count == 1 ? ", Ed." : ", Eds." : "");
        var title = Html.Write(entry.Field("title"));
        var year = entry.Year;
        var month = Month(entry) is { } m ? Abbreviate(m) : null;
        var date = Join(" ", month, year);
        var pages = Pages(entry);
        var volume = entry.Plain("volume");
        var number = entry.Plain("number");
        string body;
        switch (entry.Type)
        {
            case "article":
                body = Quoted(title) + " " + Join(", ", "<i>" + Html.Write(entry.Field("journal")) + "</i>", volume is { Length: > 0 } ? "vol. " + Encode(volume) : null,
                    number is { Length: > 0 } ? "no. " + Encode(number) : null, pages.Length > 0 ? (pages.Contains('–') ? "pp. " : "p. ") + Encode(pages) : null, date);
                break;
            case "inproceedings" or "conference" or "incollection" or "inbook":
                var book = entry.Has("booktitle") ? "in <i>" + Html.Write(entry.Field("booktitle")) + "</i>" : null;
                body = Quoted(title) + " " + Join(", ", book, volume is { Length: > 0 } ? "vol. " + Encode(volume) : null, Place(entry), date,
                    pages.Length > 0 ? (pages.Contains('–') ? "pp. " : "p. ") + Encode(pages) : null);
                break;
            case "phdthesis" or "mastersthesis":
                body = Quoted(title) + " " + Join(", ", entry.Type == "phdthesis" ? "Ph.D. dissertation" : "M.S. thesis", Encode(entry.Plain("school") ?? ""), Encode(entry.Plain("address") ?? ""), date);
                break;
            case "techreport":
                body = Quoted(title) + " " + Join(", ", Encode(entry.Plain("institution") ?? ""), Encode(entry.Plain("address") ?? ""),
                    number is { Length: > 0 } ? "Tech. Rep. " + Encode(number) : null, date);
                break;
            case "book":
                var edition = entry.Plain("edition") is { Length: > 0 } e ? Encode(e) + " ed." : null;
                body = Join(", ", "<i>" + title + "</i>", edition, Join(": ", Encode(entry.Plain("address") ?? ""), Encode(entry.Plain("publisher") ?? "")), date);
                break;
            default:
                var arxiv = ArxivId(entry);
                body = Quoted(title) + " " + Join(", ", arxiv is not null ? "arXiv:" + Encode(arxiv) : null, Encode(entry.Plain("publisher") ?? entry.Plain("organization") ?? ""), date);
                break;
        }

        // A quoted title ends with its comma inside the quotes; with nothing after it, the comma goes.
        var text = Join(", ", authors, body.TrimEnd()).TrimEnd(',', ' ');
        if (text.EndsWith(",”", StringComparison.Ordinal))
        {
            text = text[..^2] + "”";
        }
        if (Doi(entry) is { } doi)
        {
            return Sentence(text) + " doi: " + Link("https://doi.org/" + doi, doi) + ".";
        }

        return Url(entry) is { } url ? Sentence(text) + " [Online]. Available: " + Link(url, url) : Sentence(text);
    }

    private static string Quoted(string title) => title.Length == 0 ? "" : "“" + title + ",”";

    private static string Place(BibEntry entry) => Encode(entry.Plain("address") ?? "");

    private static string Abbreviate(string month) => month.Length > 4 ? month[..3] + "." : month;

    /// <summary>"A. Vaswani, N. Shazeer, and I. Polosukhin"; past six names, the first and "et al."</summary>
    private static string Authors(IReadOnlyList<BibName> names, bool others)
    {
        var written = names.Select(n => Encode(Join(" ", n.Initials, n.LastName) + (n.Suffix.Length > 0 ? ", " + n.Suffix : ""))).ToList();
        if (written.Count == 0)
        {
            return "";
        }

        if (written.Count > MostNames || others)
        {
            return written[0] + " <i>et al.</i>";
        }

        return written.Count switch
        {
            1 => written[0],
            2 => written[0] + " and " + written[1],
            _ => string.Join(", ", written.Take(written.Count - 1)) + ", and " + written[^1],
        };
    }
}
