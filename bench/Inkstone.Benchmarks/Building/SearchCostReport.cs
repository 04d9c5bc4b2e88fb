using System.Diagnostics;
using Inkstone.Building;
using Inkstone.Output;
using Inkstone.Search;
using Inkstone.Templating;

namespace Inkstone.Benchmarks.Building;

/// <summary>
/// What the search index costs a build, and what it weighs. The same site is built into two folders on disk,
/// alternately with and without the index, in one process after a warm-up build; the difference of the
/// medians is what indexing adds, in wall time and in processor time (the steadier figure on a shared
/// machine). Then the two halves of the work (building the index, writing its shards) are timed alone,
/// and the files measured.
/// Run: dotnet run -c Release --project bench/Inkstone.Benchmarks -- --search-cost DIR
/// </summary>
internal static class SearchCostReport
{
    private const int Runs = 9;

    public static void Run(string site)
    {
        var output = Directory.CreateTempSubdirectory("inkstone-search-cost-").FullName;
        try
        {
            Measure(site, output);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static void Measure(string site, string output)
    {
        var with = new BuildOptions { NoCache = true };
        var without = with with { SkipSearch = true };

        // One build to load and compile the code, so the timed builds compare like with like.
        // Each kind builds over its own last output, as a writer's next build would (unchanged files are left in place).
        var withOutput = Path.Combine(output, "with");
        var withoutOutput = Path.Combine(output, "without");
        var (_, context) = SiteBuilder.Publish(site, withOutput, with, null);
        SiteBuilder.Build(site, withoutOutput, without);

        var withSearch = new List<double>();
        var withoutSearch = new List<double>();
        var withSearchCpu = new List<double>();
        var withoutSearchCpu = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            withoutSearch.Add(SiteBuilder.Build(site, withoutOutput, without).Elapsed.TotalMilliseconds);
            withoutSearchCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            withSearch.Add(SiteBuilder.Build(site, withOutput, with).Elapsed.TotalMilliseconds);
            withSearchCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        }

        var posts = context.Rendered.Posts.Concat(context.Rendered.Pages).ToList();
        var zone = context.Site.Config.TimeZone;
        var indexing = new List<double>();
        var indexingCpu = new List<double>();
        var writing = new List<double>();
        SortedDictionary<string, byte[]> shards = [];
        for (var i = 0; i < Runs; i++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var index = SearchIndexBuilder.Build(posts, context.Lists.Views.Link, d => ViewModelFactory.Date(d, zone));
            indexing.Add(watch.Elapsed.TotalMilliseconds);
            indexingCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            watch.Restart();
            shards = SearchShardWriter.Write(index);
            writing.Add(watch.Elapsed.TotalMilliseconds);
        }

        var termShards = shards.Where(f => f.Key.StartsWith("terms-", StringComparison.Ordinal)).Select(f => f.Value.Length).ToList();
        var docShards = shards.Where(f => f.Key.StartsWith("docs-", StringComparison.Ordinal)).Select(f => f.Value.Length).ToList();
        var added = Median(withSearch) - Median(withoutSearch);
        Console.WriteLine($"{posts.Count:N0} documents, {Runs} builds of each kind to disk, alternating, after one warm-up, medians:");
        Console.WriteLine($"  build without the search index: {Median(withoutSearch):0} ms ({string.Join(", ", withoutSearch.Select(t => t.ToString("0")))})");
        Console.WriteLine($"  build with the search index:    {Median(withSearch):0} ms ({string.Join(", ", withSearch.Select(t => t.ToString("0")))})");
        Console.WriteLine($"  added by indexing:              {added:0} ms ({added / Median(withoutSearch):P1})");
        var addedCpu = Median(withSearchCpu) - Median(withoutSearchCpu);
        Console.WriteLine($"  processor time without / with:  {Median(withoutSearchCpu):0} / {Median(withSearchCpu):0} ms, added {addedCpu:0} ms ({addedCpu / Median(withoutSearchCpu):P1})");
        Console.WriteLine($"  building the index alone:       {Median(indexing):0} ms ({Median(indexingCpu):0} ms of processor time)");
        Console.WriteLine($"  writing the shards alone:       {Median(writing):0} ms");
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
