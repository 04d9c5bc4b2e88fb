using Inkstone.Content;
using Inkstone.Markdown;

namespace Inkstone.Taxonomies;

/// <summary>
/// Finds the posts most like a post: two points for each shared tag, one for each shared category,
/// newer posts first among equals. Scoring every post that shares a key grows with the square of the site (a
/// category of 12,000 posts is read once for each of them), so <see cref="RelatedPostLevelWalker"/> reads the
/// posts by score level from rank-ordered lists and stops once the best are known, with the same answer.
/// </summary>
internal static class RelatedPostFinder
{
    public const int Count = 4;

    /// <param name="kept">What a live site's last build found, reused when the posts' tags, categories, dates and paths are the same.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<RenderedPost>> Find(IReadOnlyList<RenderedPost> posts, RelatedPostCache? kept = null)
    {
        var best = kept is null ? Best(posts) : kept.Find(posts, Best);
        var result = new Dictionary<string, IReadOnlyList<RenderedPost>>(posts.Count, StringComparer.Ordinal);
        for (var i = 0; i < posts.Count; i++)
        {
            result[posts[i].Post.SourcePath] = best[i].Select(b => posts[b]).ToList();
        }

        return result;
    }

    /// <summary>The positions in <paramref name="posts"/> of the posts most like each, best first.</summary>
    private static List<int>[] Best(IReadOnlyList<RenderedPost> posts)
    {
        // Among equal scores: newer first, then by path; as a rank, one integer comparison.
        var order = Enumerable.Range(0, posts.Count)
            .OrderByDescending(i => posts[i].Post.Date)
            .ThenBy(i => posts[i].Post.SourcePath, StringComparer.Ordinal)
            .ToList();
        var index = RelatedPostIndex.Build([.. posts.Select(p => Keys(p.Post).ToArray())], order);
        var related = new List<int>[posts.Count];
        Parallel.For(0, posts.Count, () => new RelatedPostLevelWalker(index), (i, _, walker) =>
        {
            related[i] = walker.Best(i);
            return walker;
        }, _ => { });
        return related;
    }

    private static IEnumerable<(string Key, int Weight)> Keys(Post post) =>
        post.Tags.Select(t => ("t:" + Slugifier.Slugify(t), 2))
            .Concat(post.Categories.Select(c => ("c:" + Slugifier.Slugify(c), 1)))
            .DistinctBy(k => k.Item1);
}
