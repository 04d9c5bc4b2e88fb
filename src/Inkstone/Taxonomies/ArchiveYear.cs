namespace Inkstone.Taxonomies;

internal sealed record ArchiveYear(int Year, IReadOnlyList<ArchiveMonth> Months)
{
    public int Count => Months.Sum(m => m.Posts.Count);
}
