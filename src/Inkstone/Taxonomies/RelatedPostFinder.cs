using Inkstone.Content;
using Inkstone.Markdown;

namespace Inkstone.Taxonomies;

/// <summary>
/// Finds the posts most like a post: two points for each shared tag, one for each shared category,
/// newer posts first among equals. Uses an index from term to posts, so it stays fast on large blogs.
/// </summary>
internal static class RelatedPostFinder
{
    public const int Count = 4;

    public static IReadOnlyDictionary<string, IReadOnlyList<RenderedPost>> Find(IReadOnlyList<RenderedPost> posts)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < posts.Count; i++)
        {
            foreach (var key in Keys(posts[i].Post))
            {
                if (!index.TryGetValue(key.Key, out var list))
                {
                    list = [];
                    index[key.Key] = list;
                }

                list.Add(i);
            }
        }

        var result = new Dictionary<string, IReadOnlyList<RenderedPost>>(StringComparer.Ordinal);
        for (var i = 0; i < posts.Count; i++)
        {
            var scores = new Dictionary<int, int>();
            foreach (var (key, weight) in Keys(posts[i].Post))
            {
                foreach (var other in index[key])
                {
                    if (other != i)
                    {
                        scores[other] = scores.GetValueOrDefault(other) + weight;
                    }
                }
            }

            result[posts[i].Post.SourcePath] = Best(scores, posts);
        }

        return result;
    }

    /// <summary>The top <see cref="Count"/> by score, then newest, then path: a single pass, since a category can hold thousands of posts.</summary>
    private static List<RenderedPost> Best(Dictionary<int, int> scores, IReadOnlyList<RenderedPost> posts)
    {
        var best = new List<(int Index, int Score)>(Count + 1);
        foreach (var (index, score) in scores)
        {
            var position = best.Count;
            while (position > 0 && Better((index, score), best[position - 1], posts))
            {
                position--;
            }

            if (position < Count)
            {
                best.Insert(position, (index, score));
                if (best.Count > Count)
                {
                    best.RemoveAt(Count);
                }
            }
        }

        return best.Select(b => posts[b.Index]).ToList();
    }

    private static bool Better((int Index, int Score) a, (int Index, int Score) b, IReadOnlyList<RenderedPost> posts)
    {
        if (a.Score != b.Score)
        {
            return a.Score > b.Score;
        }

        var dates = posts[a.Index].Post.Date.CompareTo(posts[b.Index].Post.Date);
        return dates != 0 ? dates > 0 : string.CompareOrdinal(posts[a.Index].Post.SourcePath, posts[b.Index].Post.SourcePath) < 0;
    }

    private static IEnumerable<(string Key, int Weight)> Keys(Post post) =>
        post.Tags.Select(t => ("t:" + Slugifier.Slugify(t), 2))
            .Concat(post.Categories.Select(c => ("c:" + Slugifier.Slugify(c), 1)))
            .DistinctBy(k => k.Item1);
}
