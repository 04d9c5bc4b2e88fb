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
        context.Categories = TaxonomyBuilder.Build(context.Posts, TaxonomyKind.Categories);
        context.Tags = TaxonomyBuilder.Build(context.Posts, TaxonomyKind.Tags);
        context.Archives = ArchiveBuilder.Build(context.Posts, context.Config.TimeZone);
        context.Series = SeriesBuilder.Build(context.Posts);
        context.Related = RelatedPostFinder.Find(context.Posts);
        context.Views = new ViewModelFactory(
            context.Config,
            context.Categories.ToDictionary(t => t.Slug, StringComparer.Ordinal),
            context.Tags.ToDictionary(t => t.Slug, StringComparer.Ordinal),
            context.Options.Now ?? DateTimeOffset.Now);

        if (context.Config.AllowedCategories is { } allowed)
        {
            var set = allowed.Select(Content.Slugifier.Slugify).ToHashSet(StringComparer.Ordinal);
            foreach (var post in context.Posts)
            {
                foreach (var category in post.Post.Categories.Where(c => !set.Contains(Content.Slugifier.Slugify(c))))
                {
                    context.Diagnostics.Error(DiagnosticIds.UnknownCategory, post.Post.Locate("categories", "category"),
                        $"The category '{category}' is not in the 'categories' list of inkstone.yml.",
                        $"Use one of: {string.Join(", ", allowed)}; or add it to the list.");
                }
            }
        }
    }

}
