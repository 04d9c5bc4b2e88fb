using System.Diagnostics;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Inkstone.Output;

namespace Inkstone.Building;

/// <summary>
/// Builds a site: runs the pipeline's stages in order, times each, collects every diagnostic, and
/// publishes the output only when no stage reported an error.
/// </summary>
public static class SiteBuilder
{
    private static IReadOnlyList<IBuildStage> Stages() =>
    [
        new ConfigStage(),
        new CacheOpenStage(),
        new ContentStage(),
        new MarkdownStage(),
        new TaxonomyStage(),
        new SocialCardStage(),
        new PageStage(),
        new SearchStage(),
        new FeedStage(),
        new ImageStage(),
        new StaticStage(),
        new CacheSaveStage(),
    ];

    /// <summary>Builds the site in <paramref name="siteDirectory"/> into <paramref name="outputDirectory"/>, atomically.</summary>
    public static BuildReport Build(string siteDirectory, string outputDirectory, BuildOptions options, BuildCaches? caches = null) =>
        Publish(siteDirectory, outputDirectory, options, caches).Report;

    /// <summary>
    /// Builds the site into its output folder atomically and returns the build's state as well;
    /// <paramref name="observe"/>, when given, stands between the pipeline and the output (a live site notes what was published through it).
    /// </summary>
    internal static (BuildReport Report, BuildContext Context) Publish(
        string siteDirectory, string outputDirectory, BuildOptions options, BuildCaches? caches, Func<IOutputSink, IOutputSink>? observe = null)
    {
        if (OutputFolderRule.Refusal(siteDirectory, outputDirectory, options.ForceOutputFolder, SiteDescription.Of(siteDirectory).SourceFolders) is { } refusal)
        {
            // The command line refuses such a folder as a usage error first; this guards every other caller.
            throw new ArgumentException($"Refusing to build into '{outputDirectory}': {refusal.Reason}.", nameof(outputDirectory));
        }

        var folder = OutputFolder.At(outputDirectory);
        var files = new PhysicalFileSystem(siteDirectory);
        var cacheDirectory = CacheDirectory(siteDirectory, options);
        IPublishingOutput output;
        try
        {
            output = SpareTreeOutput.Open(folder, cacheDirectory is null ? null : OutputLedger.Open(cacheDirectory, folder.Published), options.OnPublishingStep);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Still check the whole site, so the writer sees every problem at once.
            var (checkedOnly, context) = RunKeepingContext(files, new DiscardingOutput(), options, caches, cacheDirectory);
            return (WithError(checkedOnly, NotPublished(siteDirectory, folder, e)), context);
        }

        using (output)
        {
            var (report, context) = RunKeepingContext(files, observe?.Invoke(output) ?? output, options, caches, cacheDirectory);
            report = report with { FilesKept = output.FilesKept };
            if (report.Succeeded)
            {
                try
                {
                    output.Commit();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    report = WithError(report, NotPublished(siteDirectory, folder, e));
                }
            }

            return (report, context);
        }
    }

    /// <summary>An IO error in publishing: the published site is as it was (the swap is one step), and the next build mends the rest.</summary>
    internal static Diagnostic NotPublished(string siteDirectory, OutputFolder folder, Exception e)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(siteDirectory), folder.Published);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? folder.Published : relative.Replace('\\', '/');
        return new Diagnostic(DiagnosticIds.OutputNotWritable, Severity.Error, SourceLocation.File(shown),
            $"Inkstone could not publish the site into its output folder: {e.Message}",
            "The output folder was left as it was. Fix the cause (space, permissions, the folder's parent) and build again.");
    }

    internal static BuildReport WithError(BuildReport report, Diagnostic error) =>
        report with { Diagnostics = [.. report.Diagnostics, error] };

    /// <summary>Runs the whole pipeline on the site without writing anything, for <c>inkstone check</c>.</summary>
    public static BuildReport Check(string siteDirectory, BuildOptions options) =>
        Run(new PhysicalFileSystem(siteDirectory), new DiscardingOutput(), options with { Checking = true }, null, CacheDirectory(siteDirectory, options));

    /// <summary>Where a site keeps its build cache: <c>.inkstone/cache/</c>, beside the preview server's files.</summary>
    internal static string? CacheDirectory(string siteDirectory, BuildOptions options) =>
        options.NoCache ? null : Path.Combine(Path.GetFullPath(siteDirectory), ".inkstone", "cache");

    internal static BuildReport Run(ISiteFileSystem files, IOutputSink output, BuildOptions options, BuildCaches? caches = null, string? cacheDirectory = null) =>
        RunKeepingContext(files, output, options, caches, cacheDirectory).Report;

    /// <summary>Builds, and returns the build's state as well, for tests and benchmarks that read it.</summary>
    internal static (BuildReport Report, BuildContext Context) RunKeepingContext(
        ISiteFileSystem files, IOutputSink output, BuildOptions options, BuildCaches? caches = null, string? cacheDirectory = null)
    {
        var diagnostics = new DiagnosticBag(options.Strict || options.Checking);
        BuildContext? context = null;

        // The check locates a bad path by what the stages made, so it reads the context it stands in.
        var checkedOutput = new CheckedOutput(output, diagnostics, path => OutputOrigins.Locate(context!, path), SourceLocation.File(Configuration.SiteConfigLoader.FileName));
        context = new BuildContext(files, checkedOutput, options, diagnostics, caches ?? new BuildCaches(), options.NoCache ? null : cacheDirectory);
        var timings = new List<(string, TimeSpan)>();
        var total = Stopwatch.StartNew();
        foreach (var stage in Stages())
        {
            var watch = Stopwatch.StartNew();
            options.Progress?.Report(new BuildProgress(stage.Name, 0, 0));
            try
            {
                stage.Run(context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug of ours must not look like the user's fault, nor publish half a site; it names the file
                // being processed when a stage knows it.
                var failure = (e as AggregateException)?.Flatten().InnerExceptions.OfType<SourceFileFailure>().FirstOrDefault() ?? e as SourceFileFailure;
                diagnostics.Error(DiagnosticIds.InternalError, SourceLocation.File(failure?.Path ?? (files is PhysicalFileSystem p ? p.Root : ".")),
                    failure is not null
                        ? $"Inkstone failed in its '{stage.Name}' stage on '{failure.Path}': {failure.Message}"
                        : $"Inkstone failed in its '{stage.Name}' stage: {e.GetType().Name}: {e.Message}",
                    "This is a bug in Inkstone; please report it with the file that triggers it.");
                context.Stopped = true;
            }

            timings.Add((stage.Name, watch.Elapsed));
            if (context.Stopped)
            {
                break;
            }
        }

        foreach (var problem in context.Files.Problems)
        {
            diagnostics.Add(problem);
        }

        var rendered = context.RenderedIfMade;
        var report = new BuildReport(rendered?.Posts.Count ?? 0, rendered?.Pages.Count ?? 0, output.FileCount, total.Elapsed, timings, diagnostics.Sorted())
        {
            PostsFromCache = rendered?.FromCache ?? 0,
        };
        return (report, context);
    }
}
