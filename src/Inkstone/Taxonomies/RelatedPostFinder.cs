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

    private const int TagWeight = 2;
    private const int CategoryWeight = 1;

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

        // A category's members in rank order, to fill up the list of a post with few posts sharing a tag.
        var membersByRank = members.Select(m => m.OrderBy(p => rank[p]).ToArray()).ToArray();
        var related = new List<int>[posts.Count];
        Parallel.For(0, posts.Count, () => new RelatedPostScores(posts.Count), (i, _, scores) =>
        {
            related[i] = postKeys[i].Count(k => k.Weight == CategoryWeight) == 1
                ? BestWithOneCategory(i, postKeys, members, membersByRank, rank, scores)
                : BestOfAll(i, postKeys, members, rank, scores);
            return scores;
        }, _ => { });
        return related;
    }

    /// <summary>Scores every post that shares a tag or a category with post <paramref name="i"/>.</summary>
    private static List<int> BestOfAll(int i, (int Key, int Weight)[][] postKeys, List<List<int>> members, int[] rank, RelatedPostScores scores)
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

        return scores.TakeBest(rank);
    }

    /// <summary>
    /// The same answer as <see cref="BestOfAll"/> for a post in one category, without scoring that category's
    /// members, which are a quarter of a large site where a tag's are a few percent: a post sharing a tag scores at
    /// least <see cref="TagWeight"/>, one sharing only the category exactly <see cref="CategoryWeight"/>, so the latter
    /// only fill the list when fewer than <see cref="Count"/> posts share a tag, newest first as among equals.
    /// </summary>
    private static List<int> BestWithOneCategory(int i, (int Key, int Weight)[][] postKeys, List<List<int>> members, int[][] membersByRank, int[] rank, RelatedPostScores scores)
    {
        var category = postKeys[i].First(k => k.Weight == CategoryWeight).Key;
        foreach (var (key, weight) in postKeys[i].Where(k => k.Weight == TagWeight))
        {
            foreach (var other in members[key])
            {
                if (other != i)
                {
                    scores.Add(other, weight);
                }
            }
        }

        scores.AddToEach(other => postKeys[other].Any(k => k.Key == category) ? CategoryWeight : 0);
        var best = scores.TakeBest(rank);
        for (var m = 0; best.Count < Count && m < membersByRank[category].Length; m++)
        {
            var other = membersByRank[category][m];
            if (other != i && !best.Contains(other))
            {
                best.Add(other);
            }
        }

        return best;
    }

    private static IEnumerable<(string Key, int Weight)> Keys(Post post) =>
        post.Tags.Select(t => ("t:" + Slugifier.Slugify(t), TagWeight))
            .Concat(post.Categories.Select(c => ("c:" + Slugifier.Slugify(c), CategoryWeight)))
            .DistinctBy(k => k.Item1);
}
