using System.Diagnostics;
using Inkstone.Building;

namespace Inkstone.Benchmarks.Building;

/// <summary>
/// What one rebuild of a live site costs after one post's body was saved, without the server around it: a
/// <see cref="SiteSession"/> builds a copy of the site, then one post is edited and rebuilt again and again.
/// Prints the medians of wall and processor time, bytes allocated and each stage's time. With
/// INKSTONE_PROFILE_WAIT=N it waits N seconds after the first build (to attach a profiler to the rebuilds alone).
/// Run: dotnet run -c Release --project bench/Inkstone.Benchmarks -- --rebuild-cost DIR [EDITS]
/// </summary>
internal static class RebuildCostReport
{
    public static void Run(string source, int edits)
    {
        var work = Directory.CreateTempSubdirectory("inkstone-rebuild-").FullName;
        try
        {
            var site = Path.Combine(work, "site");
            ReloadLatencyReport.CopyDirectory(source, site);

            // The source's rendered posts, when it has been built, so the first build is not a cold one.
            var renders = Path.Combine(source, ".inkstone", "cache");
            if (Directory.Exists(renders))
            {
                Directory.CreateDirectory(Path.Combine(site, ".inkstone", "cache"));
                foreach (var file in Directory.GetFiles(renders, "renders-*.bin"))
                {
                    File.Copy(file, Path.Combine(site, ".inkstone", "cache", Path.GetFileName(file)));
                }
            }

            using var session = new SiteSession(site, Path.Combine(work, "out"), new BuildOptions());
            var first = Stopwatch.StartNew();
            session.Build();
            Console.WriteLine($"first build: {first.ElapsedMilliseconds} ms");
            if (int.TryParse(Environment.GetEnvironmentVariable("INKSTONE_PROFILE_WAIT"), out var wait))
            {
                Console.WriteLine($"waiting {wait} s, process {Environment.ProcessId}");
                Thread.Sleep(TimeSpan.FromSeconds(wait));
            }

            var post = Directory.GetFiles(Path.Combine(site, "content", "posts"), "*.md").Order(StringComparer.Ordinal).ElementAt(1000);
            var original = File.ReadAllText(post);
            var (wall, processor, allocated) = (new List<double>(), new List<double>(), new List<double>());
            var stages = new List<IReadOnlyList<(string Stage, TimeSpan Elapsed)>>();
            using var process = Process.GetCurrentProcess();
            for (var i = 0; i < edits; i++)
            {
                Thread.Sleep(300);
                File.WriteAllText(post, original + $"\n\n第 {i} 次修改的正文。\n");
                process.Refresh();
                var processorBefore = process.TotalProcessorTime;
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                var report = session.Rebuild();
                wall.Add(watch.Elapsed.TotalMilliseconds);
                process.Refresh();
                processor.Add((process.TotalProcessorTime - processorBefore).TotalMilliseconds);
                allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6);
                stages.Add(report.Stages);
                if (!report.Succeeded)
                {
                    Console.WriteLine("a rebuild failed");
                }
            }

            Console.WriteLine($"{edits} rebuilds after one post's body was saved, medians (min-max):");
            Console.WriteLine($"  wall {Median(wall)}, processor {Median(processor)}, allocated {Median(allocated)} MB");
            var medians = stages.SelectMany(s => s).GroupBy(s => s.Stage)
                .Select(g => $"{g.Key} {g.Select(s => s.Elapsed.TotalMilliseconds).Order().ElementAt(g.Count() / 2):0}");
            Console.WriteLine($"  per stage (ms): {string.Join(", ", medians)}");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return $"{sorted[sorted.Count / 2]:0} ({sorted[0]:0}-{sorted[^1]:0})";
    }
}
