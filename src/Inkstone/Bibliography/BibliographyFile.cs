namespace Inkstone.Bibliography;

/// <summary>The entries of one <c>.bib</c> file by key (compared as written, as pandoc does).</summary>
internal sealed record BibliographyFile(string Path, IReadOnlyDictionary<string, BibEntry> Entries)
{
    public static BibliographyFile Empty(string path) => new(path, new Dictionary<string, BibEntry>(StringComparer.Ordinal));
}
