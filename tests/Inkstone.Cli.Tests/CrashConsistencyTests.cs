using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Inkstone.Testing;
using Xunit.Abstractions;

namespace Inkstone.Cli.Tests;

/// <summary>
/// Kills a real <c>inkstone build</c> process with SIGKILL at points spread over everything it changes
/// while publishing (<c>INKSTONE_FAULT_AT=commit:N</c>, see FaultInjection), going back and forth between
/// two versions of a site. After every kill the output folder is byte for byte the old site or the new
/// one, and the next build cleans up and publishes the new one. Bounded: as many trials as fit in about
/// 40 seconds on this machine (4 to 24), the kill points spread evenly over the first change to the last.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class CrashConsistencyTests(ITestOutputHelper log) : IDisposable
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(40);

    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-crash-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Site => Path.Combine(_root, "site");

    private string Output => Path.Combine(_root, "out");

    [Fact]
    public void A_build_killed_at_any_point_of_publishing_leaves_the_old_site_or_the_new_one_and_the_next_build_recovers()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no atomic folder exchange there: publishing is a documented best effort (ARCHITECTURE.md)
        }

        Use(Version(1));
        Assert.Equal(0, Build().ExitCode);
        Directory.CreateDirectory(Path.Combine(Output, ".git"));
        File.WriteAllText(Path.Combine(Output, ".git", "HEAD"), "ref: refs/heads/gh-pages\n");
        var sites = new FolderSnapshot[2];
        var changes = new int[2];
        var lastTwo = new Stopwatch();
        for (var round = 0; round < 2; round++)
        {
            if (round == 1)
            {
                lastTwo.Start(); // the first round fills the build cache; these two builds are as the trials' are
            }

            foreach (var version in new[] { 2, 1 })
            {
                Use(Version(version));
                var (code, error) = Build(faultAt: int.MaxValue);
                Assert.Equal(0, code);
                sites[version - 1] = FolderSnapshot.Take(Output).Without(".git");
                changes[version - 1] = System.Math.Max(changes[version - 1], ChangesMade(error));
            }
        }

        // Each trial is two builds (the killed one, and the one that recovers), as long as the last two above.
        // The kill points of each direction are spread evenly from the first change (before anything) to the
        // last (after the swap) and tried in an order whose every prefix is spread too (first, last, middle,
        // quarters...), so that a busy machine that stops the test at the time budget still covers the range.
        var perDirection = System.Math.Clamp((int)(Budget / lastTwo.Elapsed) / 2, 4, 12);
        var order = SpreadOrder(perDirection);
        log.WriteLine($"publishing version 2 over 1 makes {changes[1]} changes, 1 over 2 makes {changes[0]}; up to {perDirection} kill points each way (two builds took {lastTwo.Elapsed.TotalSeconds:0.0} s)");
        var watch = Stopwatch.StartNew();
        var (trials, kills) = (0, 0);
        for (; trials < 2 * perDirection && (trials < 4 || watch.Elapsed < Budget); trials++)
        {
            var from = trials % 2 == 0 ? 1 : 2;
            var to = 3 - from;
            var at = 1 + (int)System.Math.Round((double)order[trials / 2] * (changes[to - 1] - 1) / (perDirection - 1));
            Use(Version(to));

            var (code, _) = Build(faultAt: at);

            var left = FolderSnapshot.Take(Output).Without(".git");
            Assert.True(code is 0 or 137, $"Trial {trials}: the build ended with {code}, neither finished nor killed.");
            kills += code == 137 ? 1 : 0;
            Assert.True(left.SameAs(sites[from - 1]) || left.SameAs(sites[to - 1]),
                $"Killed at change {at} of publishing version {to} over {from}, the output is neither site:\n{left.Difference(sites[to - 1])}");

            Assert.Equal(0, Build().ExitCode);
            Assert.True(FolderSnapshot.Take(Output).Without(".git").SameAs(sites[to - 1]), $"After the kill at change {at}, the next build did not publish version {to}.");
            Assert.Equal("ref: refs/heads/gh-pages\n", File.ReadAllText(Path.Combine(Output, ".git", "HEAD")));
            Assert.Equal([".out.previous", "out", "site"], Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }

        log.WriteLine($"{trials} trials in {watch.Elapsed.TotalSeconds:0} s, {kills} builds killed by SIGKILL, all survived");
        // A kill point is a count of changes measured between whole sites; after a kill the spare tree holds part of a
        // version, so the next publish may need fewer changes than the point and finish unkilled (its output is still
        // checked above). Most points must still be reached, or the test would prove nothing.
        Assert.True(kills >= trials * 3 / 4 && kills >= 3, $"Only {kills} builds were killed in {trials} trials.");
    }

    /// <summary>0, n-1, then the points halfway between those tried, level by level: 0, 8, 4, 2, 6, 1, 3, 5, 7 for n = 9.</summary>
    private static List<int> SpreadOrder(int n)
    {
        var order = new List<int> { 0, n - 1 };
        for (var step = n - 1; order.Count < n && step > 1; step = (step + 1) / 2)
        {
            order.AddRange(Enumerable.Range(0, n).Where(i => i % (step / 2 == 0 ? 1 : step / 2) == 0).Except(order).ToList());
        }

        order.AddRange(Enumerable.Range(0, n).Except(order).ToList());
        return order;
    }

    private (int ExitCode, string Error) Build(int faultAt = 0)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Inkstone.Cli.dll"), "build", Site, "-o", Output })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CI"] = "1";
        start.Environment.Remove(FaultInjection.Variable);
        if (faultAt > 0)
        {
            start.Environment[FaultInjection.Variable] = $"commit:{faultAt}";
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            Assert.Fail("A build took over a minute.");
        }

        return (process.ExitCode, error.Result);
    }

    private static int ChangesMade(string error) =>
        ChangesLine().Match(error) is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"publishing made (\d+) changes")]
    private static partial Regex ChangesLine();

    private void Use(string site)
    {
        foreach (var folder in new[] { "content", "static" }.Select(f => Path.Combine(Site, f)).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        InlineSite.WriteTo(site, Site);
    }

    /// <summary>Two versions of one site: between them posts are edited, added and removed, tags change, and a file becomes a folder.</summary>
    private static string Version(int version)
    {
        var site = new StringBuilder("""
            -- inkstone.yml --
            title: 崩溃测试
            base_url: https://example.org/
            posts_per_page: 3

            """);
        for (var i = 0; i < 10; i++)
        {
            if ((version == 1 && i == 9) || (version == 2 && i == 0))
            {
                continue; // one post only in each version
            }

            var tags = version == 2 && i % 3 == 0 ? $"[t{i % 4}, 新标签]" : $"[t{i % 4}]";
            var body = version == 2 && i % 4 == 1 ? $"第 {i} 篇，改过的正文。" : $"第 {i} 篇的正文，$x^{i}$。";
            site.Append($"-- content/posts/p{i}.md --\n---\ntitle: 第 {i} 篇\ndate: 2025-01-{i + 1:00}\ntags: {tags}\n---\n{body}\n");
        }

        site.Append(version == 1 ? "-- static/notes --\na file\n" : "-- static/notes/index.html --\n<p>a folder</p>\n");
        site.Append("-- static/favicon.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        return site.ToString();
    }
}
