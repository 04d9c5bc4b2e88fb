using Inkstone.Content;
using Inkstone.Markdown;

namespace Inkstone.Taxonomies;

/// <summary>Groups posts by their <c>series</c>, ordered by <c>series_order</c> and then by date, oldest first.</summary>
internal static class SeriesBuilder
{
    public static IReadOnlyList<Series> Build(IReadOnlyList<RenderedPost> posts) =>
        posts.Where(p => !string.IsNullOrWhiteSpace(p.Post.Series))
            .GroupBy(p => Slugifier.Slugify(p.Post.Series!), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .Select(g => new Series(
                g.First().Post.Series!.Trim(),
                g.Key,
                $"/series/{g.Key}/",
                g.OrderBy(p => p.Post.SeriesOrder ?? int.MaxValue).ThenBy(p => p.Post.Date).ThenBy(p => p.Post.SourcePath, StringComparer.Ordinal).ToList()))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
}
