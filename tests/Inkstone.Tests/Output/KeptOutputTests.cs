using Inkstone.Building;
using Inkstone.Testing;

namespace Inkstone.Tests.Output;

/// <summary>
/// Builds on disk into a published site: files made from the inputs the last build made them from are
/// kept as they are, and every change that matters makes them again, so the site always equals what a
/// build without any cache writes.
/// </summary>
public sealed class KeptOutputTests : IDisposable
{
    private const string Site = """
        -- inkstone.yml --
        title: 保留
        base_url: https://example.org/
        posts_per_page: 2
        -- content/posts/heap.md --
        ---
        title: 堆排序
        date: 2025-01-01
        categories: [Algorithm]
        tags: [堆]
        ---
        建堆的复杂度是 $O(n)$。
        -- content/posts/knapsack.md --
        ---
        title: 背包问题
        date: 2025-01-02
        categories: [Algorithm]
        tags: [动态规划]
        ---
        状态转移方程。
        -- content/posts/ppo.md --
        ---
        title: PPO 的裁剪
        date: 2025-01-03
        categories: [Reinforcement Learning]
        tags: [策略梯度]
        ---
        裁剪目标函数。
        -- content/posts/grpo.md --
        ---
        title: GRPO
        date: 2025-01-04
        categories: [Reinforcement Learning]
        tags: [策略梯度]
        ---
        组内相对优势。
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-kept-").FullName;

    public KeptOutputTests() => InlineSite.WriteTo(Site, SiteFolder);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string SiteFolder => Path.Combine(_root, "site");

    private string Output => Path.Combine(_root, "site", "public");

    private static BuildOptions Options => new() { Now = BuiltSite.Now };

    [Fact]
    public void A_second_build_keeps_every_page_and_the_search_index_as_published()
    {
        var first = Build();
        var stamps = Stamps();
        Thread.Sleep(20);

        var second = Build();

        Assert.Equal(0, first.FilesKept);
        Assert.Equal(Files().Count(f => f.EndsWith(".html", StringComparison.Ordinal) || f.StartsWith("search/", StringComparison.Ordinal)) + FeedsAndSitemap(), second.FilesKept);
        Assert.Equal(stamps, Stamps());
        AssertSameAsBuildWithoutCache();
    }

    [Fact]
    public void An_edited_post_makes_the_pages_that_show_it_again_and_keeps_the_others()
    {
        Build();
        var stamps = Stamps();
        Thread.Sleep(20); // past the file system clock's granularity, so a file made again shows a new time
        Edit("content/posts/heap.md", "title: 堆排序", "title: 堆排序与建堆");

        var report = Build();

        Assert.True(report.FilesKept > 0);
        Assert.Contains("堆排序与建堆", File.ReadAllText(Path.Combine(Output, "posts/heap/index.html")));
        Assert.Contains("堆排序与建堆", File.ReadAllText(Path.Combine(Output, "categories/algorithm/index.html")));
        Assert.Contains("堆排序与建堆", ReadAll("search"));
        // Neither a neighbour, nor in the same category or tag, nor on the same page of the index.
        Assert.Equal(stamps["posts/grpo/index.html"], Stamps()["posts/grpo/index.html"]);
        Assert.Equal(stamps["tags/策略梯度/index.html"], Stamps()["tags/策略梯度/index.html"]);
        AssertSameAsBuildWithoutCache();
    }

    [Fact]
    public void A_page_changed_in_the_output_folder_is_made_again()
    {
        Build();
        File.WriteAllText(Path.Combine(Output, "posts/ppo/index.html"), "changed by hand");
        File.Delete(Path.Combine(Output, "search/meta.json"));

        Build();

        Assert.Contains("裁剪目标函数", File.ReadAllText(Path.Combine(Output, "posts/ppo/index.html")));
        Assert.True(File.Exists(Path.Combine(Output, "search/meta.json")));
        AssertSameAsBuildWithoutCache();
    }

    [Fact]
    public void A_changed_template_makes_every_page_again()
    {
        Build();
        Write("layouts/post.liquid", "<article class=\"from-layouts\">{{ post.content_html }}</article>\n");

        var report = Build();

        Assert.Contains("from-layouts", File.ReadAllText(Path.Combine(Output, "posts/grpo/index.html")));
        Assert.Equal(SearchShards() + FeedsAndSitemap(), report.FilesKept);
        AssertSameAsBuildWithoutCache();
    }

    [Fact]
    public void A_build_for_another_host_makes_every_page_again_with_its_absolute_links()
    {
        Build();
        var preview = Options with { BaseUrl = "http://127.0.0.1:4001/" };

        var report = Build(preview);

        Assert.Equal(4, report.PostsFromCache);
        Assert.Equal(SearchShards(), report.FilesKept);
        Assert.Contains("http://127.0.0.1:4001/posts/heap/", File.ReadAllText(Path.Combine(Output, "posts/heap/index.html")));
        AssertSameAsBuildWithoutCache(preview);
    }

    [Fact]
    public void Pages_of_templates_that_read_the_clock_are_never_kept()
    {
        Write("layouts/post.liquid", "<p>{{ \"now\" | date: \"%Y\" }}</p>{{ post.content_html }}\n");
        Build();

        var report = Build();

        Assert.Equal(SearchShards() + FeedsAndSitemap(), report.FilesKept);
    }

    [Fact]
    public void A_failed_build_keeps_nothing_of_its_own_and_the_next_build_is_right()
    {
        Build();
        Edit("content/posts/heap.md", "title: 堆排序", "title: 堆排序改");
        Write("content/posts/broken.md", "---\ntitle: 坏\ndate: 2025-99-01\n---\n");
        Assert.False(Build().Succeeded);
        Assert.DoesNotContain("堆排序改", File.ReadAllText(Path.Combine(Output, "posts/heap/index.html")));

        File.Delete(Path.Combine(SiteFolder, "content/posts/broken.md"));
        Assert.True(Build().Succeeded);

        Assert.Contains("堆排序改", File.ReadAllText(Path.Combine(Output, "posts/heap/index.html")));
        AssertSameAsBuildWithoutCache();
    }

    [Fact]
    public void Without_the_cache_nothing_is_kept()
    {
        Build();

        var report = SiteBuilder.Build(SiteFolder, Output, Options with { NoCache = true });

        Assert.Equal(0, report.FilesKept);
    }

    private BuildReport Build(BuildOptions? options = null)
    {
        var report = SiteBuilder.Build(SiteFolder, Output, options ?? Options);
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == Inkstone.Diagnostics.DiagnosticIds.InternalError);
        return report;
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(SiteFolder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private void Edit(string path, string from, string to)
    {
        var full = Path.Combine(SiteFolder, path);
        File.WriteAllText(full, File.ReadAllText(full).Replace(from, to, StringComparison.Ordinal));
    }

    private List<string> Files() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    /// <summary>The search index's files (search/index.html beside them is the search page).</summary>
    private int SearchShards() => Files().Count(f => f.StartsWith("search/", StringComparison.Ordinal) && f.EndsWith(".json", StringComparison.Ordinal));

    /// <summary>The feeds and the one-file sitemap, which no page template writes: kept while what they show is the same.</summary>
    private int FeedsAndSitemap() => Files().Count(f => f is "atom.xml" or "rss.xml" or "feed.json" or "sitemap.xml");

    private string ReadAll(string folder) =>
        string.Concat(Directory.EnumerateFiles(Path.Combine(Output, folder)).Order(StringComparer.Ordinal).Select(File.ReadAllText));

    /// <summary>Each file's modification time: a kept file keeps it, a file made again gets the time of its build.</summary>
    private Dictionary<string, DateTime> Stamps() =>
        Files().ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(Output, f)), StringComparer.Ordinal);

    private void AssertSameAsBuildWithoutCache(BuildOptions? options = null)
    {
        var fresh = Path.Combine(_root, "fresh");
        Assert.True(SiteBuilder.Build(SiteFolder, fresh, (options ?? Options) with { NoCache = true }).Succeeded);
        var expected = Directory.EnumerateFiles(fresh, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(fresh, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, Files());
        foreach (var file in expected)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(fresh, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Output, file))), $"{file} differs from a build without the cache");
        }

        Directory.Delete(fresh, recursive: true);
    }
}
