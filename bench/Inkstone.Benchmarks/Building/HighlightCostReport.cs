using System.Diagnostics;
using Inkstone.Building;
using Inkstone.Output;

namespace Inkstone.Benchmarks.Building;

/// <summary>
/// What highlighting costs in a whole build: the same site built three times in one process, first
/// cold, then with the highlight cache of the first build (what the preview server does on a rebuild),
/// with the time of the markdown stage (where highlighting happens) and the blocks the cache holds.
/// Run: dotnet run -c Release --project bench/Inkstone.Benchmarks -- --highlight-cost DIR
/// </summary>
internal static class HighlightCostReport
{
    public static void Run(string site)
    {
        var files = new Inkstone.FileSystem.PhysicalFileSystem(site);
        var options = new BuildOptions();

        // One build to load and compile the code, so the timed builds compare like with like.
        SiteBuilder.Run(files, new MemoryOutput(), options, new BuildCaches());

        var cold = new BuildCaches();
        var first = Markdown(SiteBuilder.Run(files, new MemoryOutput(), options, cold));
        var warm = Markdown(SiteBuilder.Run(files, new MemoryOutput(), options, cold));
        var again = Markdown(SiteBuilder.Run(files, new MemoryOutput(), options, new BuildCaches()));

        var watch = Stopwatch.StartNew();
        var lines = 0;
        var highlighter = new Inkstone.Highlighting.SyntaxHighlighter();
        foreach (var ((language, code), _) in cold.Highlights.Entries)
        {
            highlighter.TryResolve(language, out var lang);
            lines += highlighter.HighlightLines(lang, code).Count;
        }

        var alone = watch.Elapsed;
        Console.WriteLine($"code blocks in the cache: {cold.Highlights.Count:N0} ({lines:N0} lines)");
        Console.WriteLine($"highlighting them all once, one thread: {alone.TotalMilliseconds:0} ms ({lines / alone.TotalSeconds:N0} lines/s)");
        Console.WriteLine($"markdown stage, empty cache:  {first.TotalMilliseconds:0} ms and {again.TotalMilliseconds:0} ms");
        Console.WriteLine($"markdown stage, warm cache:   {warm.TotalMilliseconds:0} ms");
    }

    private static TimeSpan Markdown(BuildReport report) => report.Stages.Single(s => s.Stage == "markdown").Elapsed;
}
