using Inkstone.Bibliography;

namespace Inkstone.Markdown.Citations;

/// <summary>
/// A work a post cites: its entry, the id of its place in the reference list, its number (numeric style) or year
/// label ("2017a" when the same authors have two works that year), and the ids of the places that cite it, for back-links.
/// </summary>
internal sealed class CitedWork(BibEntry entry, string id)
{
    public BibEntry Entry { get; } = entry;

    /// <summary>The id of the work's item in the reference list (<c>ref-vaswani2017</c>).</summary>
    public string Id { get; } = id;

    /// <summary>The place in the reference list, from 1.</summary>
    public int Number { get; set; }

    /// <summary>The year as citations show it, with a letter when needed to tell works apart ("2017a").</summary>
    public string YearLabel { get; set; } = "";

    public List<string> CitedAt { get; } = [];
}
