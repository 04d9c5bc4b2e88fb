using Inkstone.Diagnostics;
using Inkstone.Taxonomies;
using Inkstone.Templating;

namespace Inkstone.Building;

/// <summary>Groups posts into categories, tags and archives, and checks categories against the allowed list.</summary>
internal sealed class TaxonomyStage : IBuildStage
{
    public string Name => "taxonomies";

    public void Run(BuildContext context)
    {
        var site = context.Site;
        var posts = context.Rendered.Posts;
        var trees = site.Layout.Languages.Concat(context.Content.Translations.Trees).ToList();
        var listed = posts.Where(p => !trees.Any(t => t.Holds(p.Post))).ToList();
        var categories = TaxonomyBuilder.Build(listed, TaxonomyKind.Categories, site.Layout, context.Diagnostics);
        var tags = TaxonomyBuilder.Build(listed, TaxonomyKind.Tags, site.Layout, context.Diagnostics);
        var languages = trees.Select(tree =>
        {
            var own = posts.Where(p => tree.Holds(p.Post)).ToList();
            var layout = site.Layout with { TagsUrl = tree.Prefix + site.Layout.TagsUrl.TrimStart('/'), CategoriesUrl = tree.Prefix + site.Layout.CategoriesUrl.TrimStart('/') };
            var (ownCategories, ownTags) = (TaxonomyBuilder.Build(own, TaxonomyKind.Categories, layout, context.Diagnostics), TaxonomyBuilder.Build(own, TaxonomyKind.Tags, layout, context.Diagnostics));

            // The language's own factory, so that its posts link to its own term pages (/en/tags/x/).
            var views = new ViewModelFactory(site.Config with { LanguageTag = tree.Code }, TermsByKey(ownCategories), TermsByKey(ownTags), context.Now);
            return new LanguageLists(tree, own, ownCategories, ownTags, ArchiveBuilder.Build(own, site.Config.TimeZone), views);
        }).Where(l => l.Posts.Count > 0).ToList();
        context.Set(new SiteLists(
            listed,
            languages,
            categories,
            tags,
            ArchiveBuilder.Build(listed, site.Config.TimeZone),
            SeriesBuilder.Build(posts),
            Related(posts, listed, languages, context),
            new ViewModelFactory(site.Config, TermsByKey(categories), TermsByKey(tags), context.Now, context.Caches.PostModels)));

        if (site.Config.AllowedCategories is { } allowed)
        {
            var set = allowed.Select(TaxonomyBuilder.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var post in posts)
            {
                foreach (var category in post.Post.Categories.Where(c => !set.Contains(TaxonomyBuilder.Key(c))))
                {
                    context.Diagnostics.Error(DiagnosticIds.UnknownCategory, post.Post.Locate("categories", "category"),
                        $"The category '{category}' is not in the 'categories' list of inkstone.yml.",
                        $"Use one of: {string.Join(", ", allowed)}; or add it to the list.");
                }
            }
        }
    }

    /// <summary>Each post's related posts, found among the posts of its own language when the site has translations.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<Markdown.RenderedPost>> Related(
        IReadOnlyList<Markdown.RenderedPost> posts, IReadOnlyList<Markdown.RenderedPost> listed, IReadOnlyList<LanguageLists> languages, BuildContext context)
    {
        if (languages.Count == 0)
        {
            return RelatedPostFinder.Find(posts, context.Caches.Related);
        }

        var related = new Dictionary<string, IReadOnlyList<Markdown.RenderedPost>>(RelatedPostFinder.Find(listed), StringComparer.Ordinal);
        foreach (var language in languages)
        {
            foreach (var (source, found) in RelatedPostFinder.Find(language.Posts))
            {
                related[source] = found;
            }
        }

        return related;
    }

    /// <summary>Terms by <see cref="TaxonomyBuilder.Key"/>, so that a post's spelling of a name finds its term.</summary>
    private static Dictionary<string, Term> TermsByKey(IReadOnlyList<Term> terms) =>
        terms.ToDictionary(t => TaxonomyBuilder.Key(t.Name), StringComparer.Ordinal);
}
