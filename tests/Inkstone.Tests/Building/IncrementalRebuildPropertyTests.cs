using Inkstone.Building;
using Inkstone.FileSystem;
using Inkstone.Output;

namespace Inkstone.Tests.Building;

/// <summary>
/// The live site the preview server keeps must be, after every edit, byte for byte what a clean full build
/// of the same files writes. A seed gives a small site and a random sequence of edits of every kind a writer
/// makes; a failure names the seed, the edits so far and the first file that differs.
/// </summary>
public sealed class IncrementalRebuildPropertyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void After_every_edit_the_live_site_is_what_a_full_build_writes(int seed) => Check(seed, edits: 200);

    private static void Check(int seed, int edits)
    {
        using var work = new EditedSite(seed);
        var options = new BuildOptions { BaseUrl = "http://127.0.0.1:4000/", Now = Testing.BuiltSite.Now };
        using var live = new SiteSession(work.SiteFolder, work.OutputFolder, options);
        var log = new List<string> { "(first build)" };
        var first = live.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Compare(first, work, options, seed, log);
        for (var i = 0; i < edits; i++)
        {
            var (description, _) = work.EditAtRandom();
            log.Add($"{i + 1}. {description}");
            Compare(live.Rebuild(), work, options, seed, log);
        }
    }

    private static void Compare(BuildReport report, EditedSite work, BuildOptions options, int seed, List<string> log)
    {
        var clean = new MemoryOutput();
        var expected = SiteBuilder.Run(new PhysicalFileSystem(work.SiteFolder), clean, options with { NoCache = true });
        if (report.Succeeded != expected.Succeeded)
        {
            Fail($"the live build {(report.Succeeded ? "succeeded" : "failed")} where a full build {(expected.Succeeded ? "succeeded" : "failed")}: {string.Join("; ", expected.Diagnostics.Concat(report.Diagnostics))}");
        }

        if (!expected.Succeeded)
        {
            return; // a failed build leaves the last good site served, as a failed full build would
        }

        var written = Directory.EnumerateFiles(work.OutputFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(work.OutputFolder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith('.'))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (path, bytes) in clean.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!written.Remove(path))
            {
                Fail($"the live site lacks '{path}'");
            }

            var actual = File.ReadAllBytes(Path.Combine(work.OutputFolder, path));
            if (!actual.AsSpan().SequenceEqual(bytes))
            {
                Fail($"'{path}' differs.\nfull build:\n{System.Text.Encoding.UTF8.GetString(bytes)}\nlive:\n{System.Text.Encoding.UTF8.GetString(actual)}");
            }
        }

        if (written.Count > 0)
        {
            Fail($"the live site has files a full build does not write: {string.Join(", ", written.Order(StringComparer.Ordinal))}");
        }

        void Fail(string what) => throw new Xunit.Sdk.XunitException($"Seed {seed}, after the edits:\n{string.Join("\n", log)}\n{what}");
    }
}
