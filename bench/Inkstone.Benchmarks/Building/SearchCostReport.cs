using System.Diagnostics;
using Inkstone.Building;
using Inkstone.Output;
using Inkstone.Search;
using Inkstone.Templating;

namespace Inkstone.Benchmarks.Building;

/// <summary>
/// What the search index costs a build, and what it weighs: the same site built several times in one
/// process, the search stage against the rest of the build (medians), the stage's two halves (building
/// the index, writing its shards) timed alone, and the size of the files it writes.
/// Run: dotnet run -c Release --project bench/Inkstone.Benchmarks -- --search-cost DIR
/// </summary>
internal static class SearchCostReport
{
    private const int Runs = 5;

    public static void Run(string site)
    {
        var files = new Inkstone.FileSystem.PhysicalFileSystem(site);
        var options = new BuildOptions();

        // One build to load and compile the code, so the timed builds compare like with like.
        var (_, context) = SiteBuilder.RunKeepingContext(files, new MemoryOutput(), options);

        var search = new List<double>();
        var rest = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var report = SiteBuilder.Run(files, new MemoryOutput(), options);
            var stage = report.Stages.Single(s => s.Stage == "search").Elapsed.TotalMilliseconds;
            search.Add(stage);
            rest.Add(report.Elapsed.TotalMilliseconds - stage);
        }

        var posts = context.Posts.Concat(context.Pages).ToList();
        var zone = context.Config.TimeZone;
        var indexing = new List<double>();
        var indexingCpu = new List<double>();
        var writing = new List<double>();
        SortedDictionary<string, byte[]> shards = [];
        for (var i = 0; i < Runs; i++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var index = SearchIndexBuilder.Build(posts, context.Views.Link, d => ViewModelFactory.Date(d, zone));
            indexing.Add(watch.Elapsed.TotalMilliseconds);
            indexingCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            watch.Restart();
            shards = SearchShardWriter.Write(index);
            writing.Add(watch.Elapsed.TotalMilliseconds);
        }

        var termShards = shards.Where(f => f.Key.StartsWith("terms-", StringComparison.Ordinal)).Select(f => f.Value.Length).ToList();
        var docShards = shards.Where(f => f.Key.StartsWith("docs-", StringComparison.Ordinal)).Select(f => f.Value.Length).ToList();
        Console.WriteLine($"{posts.Count:N0} documents, {Runs} builds after one warm-up, medians:");
        Console.WriteLine($"  build without the search stage: {Median(rest):0} ms");
        Console.WriteLine($"  search stage:                   {Median(search):0} ms ({Median(search) / Median(rest):P1} added to the build)");
        Console.WriteLine($"    building the index alone:     {Median(indexing):0} ms ({Median(indexingCpu):0} ms of processor time)");
        Console.WriteLine($"    writing the shards alone:     {Median(writing):0} ms");
        Console.WriteLine($"index on disk: {shards.Values.Sum(f => (long)f.Length) / 1024.0 / 1024:0.0} MB in {shards.Count:N0} files");
        Console.WriteLine($"  term shards: {termShards.Count:N0}, median {Median(termShards) / 1024:0.0} KB, largest {termShards.Max() / 1024.0:0.0} KB");
        Console.WriteLine($"  document shards: {docShards.Count:N0}, median {Median(docShards) / 1024:0.0} KB, largest {docShards.Max() / 1024.0:0.0} KB");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double Median(IEnumerable<int> values) => Median(values.Select(v => (double)v));
}
