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
        context.Categories = TaxonomyBuilder.Build(context.Posts, TaxonomyKind.Categories, context.Layout, context.Diagnostics);
        context.Tags = TaxonomyBuilder.Build(context.Posts, TaxonomyKind.Tags, context.Layout, context.Diagnostics);
        context.Archives = ArchiveBuilder.Build(context.Posts, context.Config.TimeZone);
        context.Series = SeriesBuilder.Build(context.Posts);
        context.Related = RelatedPostFinder.Find(context.Posts);
        context.Views = new ViewModelFactory(
            context.Config,
            TermsByKey(context.Categories),
            TermsByKey(context.Tags),
            context.Options.Now ?? DateTimeOffset.Now);

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
