using System.Text;
using Inkstone.Building;
using Inkstone.Output;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

public sealed class IncrementalSearchTests : IDisposable
{
    private const string Site = """
        -- inkstone.yml --
        title: 墨砚
        base_url: https://example.org/
        timezone: Asia/Shanghai
        -- content/posts/knapsack.md --
        ---
        title: 0-1 背包问题
        date: 2025-03-01 10:00:00
        categories: [算法]
        ---
        每件物品只能选一次，用 heapq 也可以。
        -- content/posts/attention.md --
        ---
        title: Attention
        date: 2025-02-01 10:00:00
        categories: [NLP]
        ---
        The Transformer replaces recurrence with attention.
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-incremental-search-").FullName;

    private string Output => Path.Combine(_root, "out");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Editing_a_post_body_rewrites_the_search_shards_to_match_a_full_build()
    {
        var site = Path.Combine(_root, "site");
        InlineSite.WriteTo(Site, site);
        using var session = new SiteSession(site, Output, new BuildOptions());
        Assert.True(session.Build().Succeeded);
        var before = ReadSearch();
        Assert.Contains("heapq", before["terms-0.json"], StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(site, "content/posts/knapsack.md"), "---\ntitle: 0-1 背包问题\ndate: 2025-03-01 10:00:00\ncategories: [算法]\n---\n改用滚动数组，空间降到一维。\n");
        var report = session.Rebuild();

        Assert.True(report.Succeeded);
        var after = ReadSearch();
        Assert.DoesNotContain("heapq", after["terms-0.json"], StringComparison.Ordinal);
        Assert.Contains("滚动", after["terms-0.json"], StringComparison.Ordinal);
        Assert.Contains("滚动数组", after["docs-0.json"], StringComparison.Ordinal);

        var full = new MemoryOutput();
        Assert.True(SiteBuilder.Run(new Inkstone.FileSystem.PhysicalFileSystem(site), full, new BuildOptions { NoCache = true }).Succeeded);
        var expected = full.Files.Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal))
            .ToDictionary(f => f.Key["search/".Length..], f => Encoding.UTF8.GetString(f.Value), StringComparer.Ordinal);
        Assert.Equal(expected, after);
    }

    private Dictionary<string, string> ReadSearch() =>
        Directory.GetFiles(Path.Combine(Output, "search"))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);
}
