using System.Text;
using System.Text.RegularExpressions;
using Inkstone.Content;
using Inkstone.Diagnostics;
using Inkstone.Markdown;

namespace Inkstone.Taxonomies;

/// <summary>
/// Groups posts by category or tag. Names that differ only in case, spaces, hyphens or underscores ("Deep Learning"
/// and "deep-learning") are one term, named as its oldest post spells it (so a newer post spelled otherwise neither renames
/// nor moves it); any other difference makes another term:
/// C++, C# and C are three terms with three pages. Two terms whose URLs would be one (Hexo writes all three at
/// <c>/tags/C/</c>) are reported, and all but one get a URL of their own.
/// </summary>
internal static partial class TaxonomyBuilder
{
    public static IReadOnlyList<Term> Build(IReadOnlyList<RenderedPost> posts, TaxonomyKind kind, SiteLayout? layout = null, DiagnosticBag? diagnostics = null)
    {
        layout ??= SiteLayout.Inkstone;
        var prefix = kind == TaxonomyKind.Categories ? layout.CategoriesUrl : layout.TagsUrl;
        var slugOf = kind == TaxonomyKind.Categories ? layout.CategorySlug : layout.TagSlug;
        var groups = new Dictionary<string, (string Name, DateTimeOffset Since, List<RenderedPost> Posts)>(StringComparer.Ordinal);

        // Each spelling's key once: a site names a few dozen terms tens of thousands of times, and a key is a regex.
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            foreach (var name in kind == TaxonomyKind.Categories ? post.Post.Categories : post.Post.Tags)
            {
                if (!keys.TryGetValue(name, out var key))
                {
                    key = keys[name] = Key(name);
                }

                if (key.Length == 0)
                {
                    continue;
                }

                if (!groups.TryGetValue(key, out var group))
                {
                    group = (name, post.Post.Date, []);
                    groups[key] = group;
                }
                else if (post.Post.Date < group.Since)
                {
                    group = (name, post.Post.Date, group.Posts);
                    groups[key] = group;
                }

                // A post naming two spellings of one term ("NLP", "nlp") is listed once.
                if (group.Posts.Count == 0 || group.Posts[^1] != post)
                {
                    group.Posts.Add(post);
                }
            }
        }

        var terms = new List<Term>();
        var taken = new Dictionary<string, Term>(StringComparer.OrdinalIgnoreCase);
        var wanted = groups.Values.Select(g => (g.Name, g.Posts, Slug: slugOf(g.Name)))
            .Where(g => g.Slug.Length > 0 || Slugifier.SlugifyTerm(g.Name).Length > 0)
            .OrderByDescending(g => string.Equals(g.Name, g.Slug, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(g => g.Posts.Count)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        foreach (var (name, termPosts, wantedSlug) in wanted)
        {
            var slug = wantedSlug;
            if (slug.Length == 0 || taken.ContainsKey(slug))
            {
                slug = Unclaimed(Slugifier.SlugifyTerm(name), taken);
                if (wantedSlug.Length > 0 && diagnostics is not null)
                {
                    var first = taken[wantedSlug];
                    diagnostics.Warning(DiagnosticIds.TermUrlCollision, termPosts[0].Post.Locate(kind == TaxonomyKind.Categories ? "categories" : "tags", kind == TaxonomyKind.Categories ? "category" : "tag"),
                        $"The {(kind == TaxonomyKind.Categories ? "category" : "tag")} '{name}' would share the URL {prefix}{wantedSlug}/ with '{first.Name}', so it is at {prefix}{slug}/.",
                        "Names that differ only in symbols share an address; rename one, or spell both alike, so each keeps a stable one.");
                }
            }

            var term = new Term(name, slug, prefix + slug + "/", termPosts);
            taken[slug] = term;
            terms.Add(term);
        }

        return terms
            .OrderByDescending(t => t.Posts.Count)
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>What makes two names one term: case, and spaces, hyphens and underscores between words, do not count.</summary>
    public static string Key(string name) =>
        Separators().Replace(name.Normalize(NormalizationForm.FormKC).Trim(), "-").ToLowerInvariant();

    private static string Unclaimed(string slug, Dictionary<string, Term> taken)
    {
        var candidate = slug;
        for (var n = 2; taken.ContainsKey(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    [GeneratedRegex(@"[\s_\-]+")]
    private static partial Regex Separators();
}
