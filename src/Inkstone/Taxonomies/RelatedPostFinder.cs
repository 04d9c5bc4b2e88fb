using Inkstone.Content;
using Inkstone.Markdown;

namespace Inkstone.Taxonomies;

/// <summary>
/// Finds the posts most like a post: two points for each shared tag, one for each shared category,
/// newer posts first among equals. Uses an index from term to posts, and scores in arrays rather than
/// dictionaries, since a category can hold thousands of posts and every post is scored against them.
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
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var postKeys = new (int Key, int Weight)[posts.Count][];
        var members = new List<List<int>>();
        for (var i = 0; i < posts.Count; i++)
        {
            postKeys[i] = Keys(posts[i].Post).Select(k =>
            {
                if (!keyIds.TryGetValue(k.Key, out var id))
                {
                    id = keyIds.Count;
                    keyIds[k.Key] = id;
                    members.Add([]);
                }

                members[id].Add(i);
                return (id, k.Weight);
            }).ToArray();
        }

        // Among equal scores: newer first, then by path; as a rank, one integer comparison.
        var rank = new int[posts.Count];
        var order = Enumerable.Range(0, posts.Count)
            .OrderByDescending(i => posts[i].Post.Date)
            .ThenBy(i => posts[i].Post.SourcePath, StringComparer.Ordinal)
            .ToList();
        for (var r = 0; r < order.Count; r++)
        {
            rank[order[r]] = r;
        }

        var related = new List<int>[posts.Count];
        Parallel.For(0, posts.Count, () => new RelatedPostScores(posts.Count), (i, _, scores) =>
        {
            foreach (var (key, weight) in postKeys[i])
            {
                foreach (var other in members[key])
                {
                    if (other != i)
                    {
                        scores.Add(other, weight);
                    }
                }
            }

            related[i] = scores.TakeBest(rank);
            return scores;
        }, _ => { });
        return related;
    }

    private static IEnumerable<(string Key, int Weight)> Keys(Post post) =>
        post.Tags.Select(t => ("t:" + Slugifier.Slugify(t), 2))
            .Concat(post.Categories.Select(c => ("c:" + Slugifier.Slugify(c), 1)))
            .DistinctBy(k => k.Item1);
}
