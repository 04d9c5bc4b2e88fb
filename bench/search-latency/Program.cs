using System.Globalization;
using System.Reflection;
using Inkstone.SearchLatency;
using Inkstone.Server;
using Microsoft.Playwright;

// Usage: dotnet run -c Release --project bench/search-latency -- BUILT_SITE [RUNS]
// BUILT_SITE is the output of 'inkstone build' (bench/search-latency/run.sh makes one from the 4,000-post corpus).
if (args.Length < 1 || !Directory.Exists(Path.Combine(args[0], "search")))
{
    Console.Error.WriteLine("Usage: Inkstone.SearchLatency BUILT_SITE [RUNS]  (BUILT_SITE must hold search/meta.json)");
    return 2;
}

var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
string[] queries =
[
    "背包", "策略梯度", "注意力机制", "线段树", "transf", "attention", "heap sort", "PPO 优势函数", "KL 散度", "Swin 骨干网络", "LeetCode 二分",
];

var chromium = Environment.GetEnvironmentVariable("INKSTONE_CHROMIUM") is { Length: > 0 } chosen ? chosen : "/usr/bin/chromium";
if (!File.Exists(chromium))
{
    Console.Error.WriteLine($"Chromium is missing at {chromium}: apt-get install chromium, or set INKSTONE_CHROMIUM.");
    return 1;
}

using var probeStream = Assembly.GetExecutingAssembly().GetManifestResourceStream("probe.js")!;
var probeScript = await new StreamReader(probeStream).ReadToEndAsync();
await using var server = await PreviewServer.StartAsync(args[0], "127.0.0.1", 47800);
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = chromium,
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
var probe = new SearchPageProbe(browser, server.Address, probeScript);
Console.WriteLine($"Serving {Path.GetFullPath(args[0])} at {server.Address}; {runs} runs per query, each in a new context (cold), then again in the same page (warm).");
Console.WriteLine();
Console.WriteLine($"{"query",-16} {"results",7} {"files",5} {"wire KB",8} {"JSON KB",8} {"docs KB",8} {"cold ms",8} {"download",8} {"after shards",12} {"painted",8} {"warm ms",8}");

await probe.MeasureAsync("warm-up");
var medians = new List<QueryMeasurement>();
foreach (var query in queries)
{
    var samples = new List<QueryMeasurement>();
    for (var i = 0; i < runs; i++)
    {
        samples.Add(await probe.MeasureAsync(query));
    }

    var m = new QueryMeasurement(
        query,
        samples[0].Results,
        samples[0].Files,
        samples[0].WireBytes,
        samples[0].JsonBytes,
        samples[0].DocumentBytes,
        Median(samples.Select(s => s.ColdMs)),
        Median(samples.Select(s => s.DownloadMs)),
        Median(samples.Select(s => s.AfterShardsMs)),
        Median(samples.Select(s => s.PaintAfterShardsMs)),
        Median(samples.Select(s => s.WarmMs)));
    medians.Add(m);
    Print(m);
}

Console.WriteLine(new string('-', 100));
Print(new QueryMeasurement(
    "median",
    (int)Median(medians.Select(m => (double)m.Results)),
    (int)Median(medians.Select(m => (double)m.Files)),
    (long)Median(medians.Select(m => (double)m.WireBytes)),
    (long)Median(medians.Select(m => (double)m.JsonBytes)),
    (long)Median(medians.Select(m => (double)m.DocumentBytes)),
    Median(medians.Select(m => m.ColdMs)),
    Median(medians.Select(m => m.DownloadMs)),
    Median(medians.Select(m => m.AfterShardsMs)),
    Median(medians.Select(m => m.PaintAfterShardsMs)),
    Median(medians.Select(m => m.WarmMs))));
var worst = medians.Max(m => m.AfterShardsMs);
Console.WriteLine();
Console.WriteLine($"Slowest query from its last shard to results: {worst:0.0} ms (target: under 50 ms).");
return 0;

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

static void Print(QueryMeasurement m) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{Pad(m.Query, 16)} {m.Results,7} {m.Files,5} {m.WireBytes / 1024.0,8:0.0} {m.JsonBytes / 1024.0,8:0.0} {m.DocumentBytes / 1024.0,8:0.0} {m.ColdMs,8:0.0} {m.DownloadMs,8:0.0} {m.AfterShardsMs,12:0.0} {m.PaintAfterShardsMs,8:0.0} {m.WarmMs,8:0.0}"));

// Chinese characters take two columns in a terminal.
static string Pad(string text, int width) => text + new string(' ', Math.Max(1, width - text.Sum(c => c >= 0x2E80 ? 2 : 1)));
