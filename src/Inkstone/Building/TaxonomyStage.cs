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
        var trees = context.Layout.Languages;
        context.Listed = context.Posts.Where(p => !trees.Any(t => t.Holds(p.Post))).ToList();
        context.Categories = TaxonomyBuilder.Build(context.Listed, TaxonomyKind.Categories, context.Layout, context.Diagnostics);
        context.Tags = TaxonomyBuilder.Build(context.Listed, TaxonomyKind.Tags, context.Layout, context.Diagnostics);
        context.Languages = trees.Select(tree =>
        {
            var posts = context.Posts.Where(p => tree.Holds(p.Post)).ToList();
            var layout = context.Layout with { TagsUrl = tree.Prefix + context.Layout.TagsUrl.TrimStart('/'), CategoriesUrl = tree.Prefix + context.Layout.CategoriesUrl.TrimStart('/') };
            return new LanguageLists(tree, posts, TaxonomyBuilder.Build(posts, TaxonomyKind.Categories, layout, context.Diagnostics), TaxonomyBuilder.Build(posts, TaxonomyKind.Tags, layout, context.Diagnostics));
        }).Where(l => l.Posts.Count > 0).ToList();
        context.Archives = ArchiveBuilder.Build(context.Posts, context.Config.TimeZone);
        context.Series = SeriesBuilder.Build(context.Posts);
        context.Related = RelatedPostFinder.Find(context.Posts, context.Caches.Related);
        context.Views = new ViewModelFactory(
            context.Config,
            TermsByKey(context.Categories),
            TermsByKey(context.Tags),
            context.Now);

        if (context.Config.AllowedCategories is { } allowed)
        {
            var set = allowed.Select(TaxonomyBuilder.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var post in context.Posts)
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

    /// <summary>Terms by <see cref="TaxonomyBuilder.Key"/>, so that a post's spelling of a name finds its term.</summary>
    public static Dictionary<string, Term> TermsByKey(IReadOnlyList<Term> terms) =>
        terms.ToDictionary(t => TaxonomyBuilder.Key(t.Name), StringComparer.Ordinal);
}
