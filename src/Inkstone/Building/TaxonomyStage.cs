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
        context.Views = new ViewModelFactory(
            context.Config,
            context.Categories.ToDictionary(t => t.Slug, StringComparer.Ordinal),
            context.Tags.ToDictionary(t => t.Slug, StringComparer.Ordinal));

        if (context.Config.AllowedCategories is { } allowed)
        {
            var set = allowed.Select(Content.Slugifier.Slugify).ToHashSet(StringComparer.Ordinal);
            foreach (var post in context.Posts)
            {
                foreach (var category in post.Post.Categories.Where(c => !set.Contains(Content.Slugifier.Slugify(c))))
                {
                    context.Diagnostics.Error(DiagnosticIds.UnknownCategory, LocateKey(post.Post, "categor"),
                        $"The category '{category}' is not in the 'categories' list of inkstone.yml.",
                        $"Use one of: {string.Join(", ", allowed)}; or add it to the list.");
                }
            }
        }
    }

    /// <summary>The line of a front matter key, found by its prefix; the file when absent.</summary>
    private static SourceLocation LocateKey(Content.Post post, string prefix)
    {
        for (var line = 1; line <= post.Source.LineCount && post.Source.OffsetOfLine(line) < post.BodyOffset; line++)
        {
            var text = post.Source.Line(line).TrimStart();
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || text.StartsWith('"' + prefix, StringComparison.OrdinalIgnoreCase))
            {
                return new SourceLocation(post.Source.Path, line, post.Source.Line(line).Length - text.Length + 1);
            }
        }

        return SourceLocation.File(post.Source.Path);
    }
}
