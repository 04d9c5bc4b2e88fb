using Inkstone.Diagnostics;

namespace Inkstone.Bibliography;

/// <summary>
/// One entry of a <c>.bib</c> file: its type (<c>article</c>, <c>inproceedings</c>, lower case), its key, and its fields
/// by lower-case name, each both as written (macros and <c>#</c> joined) and decoded.
/// </summary>
internal sealed record BibEntry(string Type, string Key, IReadOnlyDictionary<string, string> RawFields, SourceLocation Location)
{
    /// <summary>The decoded value of a field, or the empty text when the entry has none.</summary>
    public BibText Field(string name) => RawFields.TryGetValue(name, out var raw) ? LatexText.Decode(raw) : BibText.Empty;

    /// <summary>A field's plain decoded text, or null when the entry has none.</summary>
    public string? Plain(string name) => RawFields.TryGetValue(name, out var raw) ? LatexText.Plain(raw) : null;

    public bool Has(string name) => RawFields.ContainsKey(name);

    /// <summary>The authors, or the editors of an entry with none.</summary>
    public (IReadOnlyList<BibName> Names, bool Others, bool Editors) Creators()
    {
        if (RawFields.TryGetValue("author", out var authors))
        {
            var (names, others) = BibNameParser.Parse(authors);
            return (names, others, false);
        }

        if (RawFields.TryGetValue("editor", out var editors))
        {
            var (names, others) = BibNameParser.Parse(editors);
            return (names, others, true);
        }

        return ([], false, false);
    }

    /// <summary>The year (<c>year</c>, or the start of <c>date</c>), or null.</summary>
    public string? Year
    {
        get
        {
            if (Plain("year") is { Length: > 0 } year)
            {
                return year;
            }

            return Plain("date") is { Length: >= 4 } date ? date[..4] : null;
        }
    }
}
