using Inkstone.Markdown;

namespace Inkstone.Taxonomies;

/// <summary>Groups posts by year and month in the site's time zone, newest first.</summary>
internal static class ArchiveBuilder
{
    public static IReadOnlyList<ArchiveYear> Build(IReadOnlyList<RenderedPost> posts, TimeZoneInfo zone) =>
        posts
            .GroupBy(p => TimeZoneInfo.ConvertTime(p.Post.Date, zone).Year)
            .OrderByDescending(y => y.Key)
            .Select(y => new ArchiveYear(
                y.Key,
                y.GroupBy(p => TimeZoneInfo.ConvertTime(p.Post.Date, zone).Month)
                 .OrderByDescending(m => m.Key)
                 .Select(m => new ArchiveMonth(y.Key, m.Key, m.OrderByDescending(p => p.Post.Date).ToList()))
                 .ToList()))
            .ToList();
}
