using Inkstone.Content;
using Inkstone.Markdown;

namespace Inkstone.Taxonomies;

/// <summary>
/// Groups posts by category or tag. Terms that differ only in case or punctuation ("Deep Learning"
/// and "deep-learning") share one slug and so one page; the first spelling seen names it.
/// </summary>
internal static class TaxonomyBuilder
{
    public static IReadOnlyList<Term> Build(IReadOnlyList<RenderedPost> posts, TaxonomyKind kind)
    {
        var prefix = kind == TaxonomyKind.Categories ? "/categories/" : "/tags/";
        var groups = new Dictionary<string, (string Name, List<RenderedPost> Posts)>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            var names = kind == TaxonomyKind.Categories ? post.Post.Categories : post.Post.Tags;
            foreach (var name in names)
            {
                var slug = Slugifier.Slugify(name);
                if (slug.Length == 0)
                {
                    continue;
                }

                if (!groups.TryGetValue(slug, out var group))
                {
                    group = (name, []);
                    groups[slug] = group;
                }

                // A post naming two spellings of one term ("NLP", "nlp") is listed once; its names come together.
                if (group.Posts.Count == 0 || group.Posts[^1] != post)
                {
                    group.Posts.Add(post);
                }
            }
        }

        return groups
            .Select(g => new Term(g.Value.Name, g.Key, prefix + g.Key + "/", g.Value.Posts))
            .OrderByDescending(t => t.Posts.Count)
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
    }
}
