using Inkstone.Content;
using Inkstone.Diagnostics;
using Inkstone.Feeds;
using Inkstone.Markdown;
using Inkstone.Output;
using Inkstone.Search;
using Inkstone.Taxonomies;
using Inkstone.Templating;

namespace Inkstone.Building;

/// <summary>
/// Rebuilds after an edit to one post that keeps its metadata (title, date, categories, tags, URL...):
/// the post is read and rendered again, then only the pages that show it are rendered (its own page,
/// and when its excerpt changed, the lists that show its card), the search shards that hold its terms
/// or its document, and the feeds if it is in them.
/// Anything else returns null and the caller does a full build.
/// </summary>
internal static class IncrementalRebuilder
{
    public static BuildReport? TryRebuild(BuildContext last, IReadOnlyCollection<string> changed, string outputDirectory)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        if (changed.Count != 1 || last.RenderContext is null || last.Stopped || last.Diagnostics.HasErrors)
        {
            return null;
        }

        var path = changed.First();
        var all = last.Posts.Concat(last.Pages).ToList();
        var index = all.FindIndex(p => p.Post.SourcePath == path);
        if (index < 0 || !last.Files.FileExists(path))
        {
            return null;
        }

        var diagnostics = new DiagnosticBag(last.Diagnostics.ContentProblemsAreErrors);
        var old = all[index];
        var post = ContentLoader.ReadOne(last.Files, path, last.Config, last.Layout, diagnostics);
        if (post is null || post.Kind != old.Post.Kind || diagnostics.HasErrors || !SameMetadata(old.Post, post))
        {
            return null;
        }

        var render = last.RenderContext with { Diagnostics = diagnostics };
        var rendered = PostRenderer.Render(post, render);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        // From here on the last build's state becomes this build's state.
        Replace(last, old, rendered);
        last.Diagnostics = diagnostics;
        var output = new DirectoryOutput(outputDirectory);
        last.Output = output;

        var excerptChanged = old.Excerpt != rendered.Excerpt;
        var jobs = PagePlanner.Plan(last, (shows, owner) => owner == path || (excerptChanged && owner is null && shows.Contains(rendered)));
        PageStage.Render(last, jobs);

        var zone = last.Config.TimeZone;
        if (last.Search is { } search && SearchIndexUpdater.Replace(search, old, rendered, last.Views.Link, d => ViewModelFactory.Date(d, zone)) is { } update)
        {
            last.Search = update.Index;
            foreach (var (name, bytes) in update.Files)
            {
                output.Write("search/" + name, bytes);
            }
        }

        if (post.Kind == PostKind.Post && FeedEntries.Select(last.Posts).Contains(rendered))
        {
            output.WriteText("atom.xml", AtomFeedWriter.Write(last.Config, last.Posts, last.Views));
            output.WriteText("rss.xml", RssFeedWriter.Write(last.Config, last.Posts, last.Views));
            output.WriteText("feed.json", JsonFeedWriter.Write(last.Config, last.Posts, last.Views));
        }

        return new BuildReport(last.Posts.Count, last.Pages.Count, output.FileCount, started.Elapsed,
            [("incremental", started.Elapsed)], diagnostics.Sorted());
    }

    private static bool SameMetadata(Post a, Post b) =>
        a.Title == b.Title && a.Date == b.Date && a.Updated == b.Updated && a.Url == b.Url && a.Draft == b.Draft &&
        a.Pinned == b.Pinned && a.Series == b.Series && a.SeriesOrder == b.SeriesOrder && a.Layout == b.Layout &&
        a.Lang == b.Lang && a.Toc == b.Toc && a.Cover == b.Cover && a.Summary == b.Summary &&
        a.Categories.SequenceEqual(b.Categories) && a.Tags.SequenceEqual(b.Tags) &&
        a.MathMacros.Count == b.MathMacros.Count && !a.MathMacros.Except(b.MathMacros).Any();

    /// <summary>Puts the new rendering everywhere the old one was: post lists, taxonomies, archives, series.</summary>
    private static void Replace(BuildContext context, RenderedPost old, RenderedPost fresh)
    {
        RenderedPost Swap(RenderedPost p) => ReferenceEquals(p, old) ? fresh : p;
        context.Posts = context.Posts.Select(Swap).ToList();
        context.Listed = context.Listed.Select(Swap).ToList();
        Term SwapTerm(Term t) => t with { Posts = t.Posts.Select(Swap).ToList() };
        context.Languages = context.Languages.Select(l => l with
        {
            Posts = l.Posts.Select(Swap).ToList(),
            Categories = l.Categories.Select(SwapTerm).ToList(),
            Tags = l.Tags.Select(SwapTerm).ToList(),
        }).ToList();
        context.Pages = context.Pages.Select(Swap).ToList();
        context.Categories = context.Categories.Select(SwapTerm).ToList();
        context.Tags = context.Tags.Select(SwapTerm).ToList();
        context.Archives = ArchiveBuilder.Build(context.Posts, context.Config.TimeZone);
        context.Series = SeriesBuilder.Build(context.Posts);
        context.Related = context.Related.ToDictionary(r => r.Key, r => (IReadOnlyList<RenderedPost>)r.Value.Select(Swap).ToList(), StringComparer.Ordinal);
        context.Views = new ViewModelFactory(
            context.Config,
            TaxonomyStage.TermsByKey(context.Categories),
            TaxonomyStage.TermsByKey(context.Tags),
            context.Options.Now ?? DateTimeOffset.Now);
    }
}
