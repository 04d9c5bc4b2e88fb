using System.Diagnostics;
using Inkstone.Building;
using Inkstone.Server;
using Inkstone.Server.Live;

namespace Inkstone.Benchmarks.Building;

/// <summary>
/// The preview loop as a writer lives it: a site served with live reload, a tab listening for events,
/// and one post's body saved again and again; the time from the save to the tab's <c>reload</c> event.
/// Run: dotnet run -c Release --project bench/Inkstone.Benchmarks -- --reload-latency DIR (a copy is edited, not DIR).
/// </summary>
internal static class ReloadLatencyReport
{
    private const int Saves = 15;

    public static async Task RunAsync(string source)
    {
        var work = Directory.CreateTempSubdirectory("inkstone-reload-").FullName;
        try
        {
            CopyDirectory(source, Path.Combine(work, "site"));
            var site = Path.Combine(work, "site");
            var hub = new LiveReloadHub();
            await using var server = await PreviewServer.StartAsync(Path.Combine(work, "out"), "127.0.0.1", 48000, hub);
            using var live = new LiveSite(site, Path.Combine(work, "out"), new BuildOptions { BaseUrl = server.Address.ToString() }, hub);
            var first = Stopwatch.StartNew();
            live.BuildNow();
            Console.WriteLine($"first build: {first.ElapsedMilliseconds} ms");
            live.Watch(TimeSpan.FromMilliseconds(40));

            using var http = new HttpClient { BaseAddress = server.Address, Timeout = Timeout.InfiniteTimeSpan };
            using var events = new StreamReader(await http.GetStreamAsync(LiveReloadHub.Path));
            var post = Directory.GetFiles(Path.Combine(site, "content", "posts"), "*.md").Order(StringComparer.Ordinal).ElementAt(1000);
            var original = await File.ReadAllTextAsync(post);
            var latencies = new List<double>();
            var processorMs = new List<double>();
            var allocatedMb = new List<double>();
            using var process = Process.GetCurrentProcess();
            var incremental = 0;
            var stages = new List<IReadOnlyList<(string Stage, TimeSpan Elapsed)>>();
            live.Rebuilt += r =>
            {
                incremental += r.Incremental ? 1 : 0;
                stages.Add(r.Build.Stages);
            };
            for (var i = 0; i < Saves; i++)
            {
                await Task.Delay(300);
                process.Refresh();
                var processorBefore = process.TotalProcessorTime;
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                await File.WriteAllTextAsync(post, original + $"\n\n第 {i} 次修改的正文。\n");
                while (await events.ReadLineAsync() is { } line && line != "event: reload")
                {
                }

                latencies.Add(watch.Elapsed.TotalMilliseconds);
                process.Refresh();
                processorMs.Add((process.TotalProcessorTime - processorBefore).TotalMilliseconds);
                allocatedMb.Add((GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6);
            }

            latencies.Sort();
            processorMs.Sort();
            allocatedMb.Sort();
            Console.WriteLine($"save to reload event, {Saves} saves of one post's body ({incremental} rebuilt incrementally; 40 ms of it is the quiet time that coalesces bursts):");
            Console.WriteLine($"  median {latencies[Saves / 2]:0} ms, min {latencies[0]:0} ms, max {latencies[^1]:0} ms");
            Console.WriteLine($"  processor time per save (the whole process, server included): median {processorMs[Saves / 2]:0} ms, min {processorMs[0]:0} ms, max {processorMs[^1]:0} ms; allocated median {allocatedMb[Saves / 2]:0} MB");
            var medians = stages.SelectMany(s => s).GroupBy(s => s.Stage)
                .Select(g => $"{g.Key} {g.Select(s => s.Elapsed.TotalMilliseconds).Order().ElementAt(g.Count() / 2):0}");
            Console.WriteLine($"  median per stage (ms): {string.Join(", ", medians)}");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    internal static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith(".inkstone", StringComparison.Ordinal) || relative.StartsWith("public", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
