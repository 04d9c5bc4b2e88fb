using Inkstone.Markdown;

namespace Inkstone.Feeds;

/// <summary>The posts a feed carries: the newest ones, by date, however they are pinned on the index.</summary>
internal static class FeedEntries
{
    /// <param name="limit">How many entries at most: the site's <c>feed.entries</c> (<see cref="Configuration.SiteConfig.FeedEntries"/>).</param>
    public static IReadOnlyList<RenderedPost> Select(IReadOnlyList<RenderedPost> posts, int limit) =>
        posts.OrderByDescending(p => p.Post.Date).ThenBy(p => p.Post.SourcePath, StringComparer.Ordinal).Take(limit).ToList();

    public static DateTimeOffset Updated(IReadOnlyList<RenderedPost> entries) =>
        entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(p => p.Post.Updated ?? p.Post.Date);
}
