using Inkstone.Markdown;

namespace Inkstone.Feeds;

/// <summary>The posts a feed carries: the newest ones, by date, however they are pinned on the index.</summary>
internal static class FeedEntries
{
    public const int Limit = 20;

    public static IReadOnlyList<RenderedPost> Select(IReadOnlyList<RenderedPost> posts) =>
        posts.OrderByDescending(p => p.Post.Date).ThenBy(p => p.Post.SourcePath, StringComparer.Ordinal).Take(Limit).ToList();

    public static DateTimeOffset Updated(IReadOnlyList<RenderedPost> entries) =>
        entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(p => p.Post.Updated ?? p.Post.Date);
}
