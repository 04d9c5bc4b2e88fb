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

            result[posts[i].Post.SourcePath] = scores
                .OrderByDescending(s => s.Value)
                .ThenByDescending(s => posts[s.Key].Post.Date)
                .ThenBy(s => posts[s.Key].Post.SourcePath, StringComparer.Ordinal)
                .Take(Count)
                .Select(s => posts[s.Key])
                .ToList();
        }

        return result;
    }

    private static IEnumerable<(string Key, int Weight)> Keys(Post post) =>
        post.Tags.Select(t => ("t:" + Slugifier.Slugify(t), 2))
            .Concat(post.Categories.Select(c => ("c:" + Slugifier.Slugify(c), 1)))
            .DistinctBy(k => k.Item1);
}
