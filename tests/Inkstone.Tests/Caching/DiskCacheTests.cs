using Inkstone.Building;
using Inkstone.Caching;
using Inkstone.FileSystem;
using Inkstone.Output;
using Inkstone.Testing;

namespace Inkstone.Tests.Caching;

/// <summary>Whole-site builds with a disk cache: a cached build writes what an uncached one writes, and every change that matters renders again.</summary>
public sealed class DiskCacheTests : IDisposable
{
    private const string Site = """
        -- inkstone.yml --
        title: 缓存
        base_url: https://example.org/
        language: zh-CN
        math:
          macros:
            "\\R": "\\mathbb{R}"
        -- static/figure.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"></svg>
        -- content/posts/heap.md --
        ---
        title: 堆排序
        date: 2025-01-02
        tags: [算法]
        ---

        ## 建堆

        复杂度是 $O(n \log n)$，在 $\R^n$ 上。

        ```python
        def heapify(a):
            return a
        ```

        ![](/figure.svg)
        -- content/posts/links.md --
        ---
        title: 链接
        date: 2025-01-03
        tags: [算法]
        ---

        见[建堆](heap.md#建堆)。

        $$\sum_{i=1}^n i$$
        -- content/about.md --
        ---
        title: 关于
        ---

        关于本站。
        """;

    private readonly string _cache = Directory.CreateTempSubdirectory("inkstone-cache-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Fact]
    public void A_second_build_takes_every_post_from_the_cache_and_writes_the_same_files()
    {
        var files = InlineSite.Parse(Site);
        var (first, firstOutput) = Build(files);
        var (second, secondOutput) = Build(files);

        Assert.Equal(0, first.PostsFromCache);
        Assert.Equal(3, second.PostsFromCache);
        AssertSameFiles(firstOutput, secondOutput);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Contains("width=\"120\"", secondOutput.ReadText("posts/heap/index.html"));
    }

    [Fact]
    public void A_cached_build_writes_what_a_build_without_the_cache_writes()
    {
        var files = InlineSite.Parse(Site);
        Build(files);
        var (cached, cachedOutput) = Build(files);
        var (uncached, uncachedOutput) = Build(files, new BuildOptions { NoCache = true });

        Assert.Equal(3, cached.PostsFromCache);
        Assert.Equal(0, uncached.PostsFromCache);
        AssertSameFiles(uncachedOutput, cachedOutput);
    }

    [Fact]
    public void A_cached_post_reports_its_problems_again_at_the_same_place()
    {
        var files = InlineSite.Parse(Site).Add("content/posts/broken.md", "---\ntitle: 坏\ndate: 2025-01-04\n---\n\n![](/missing.png)\n\n[去](nowhere.md)\n");
        var (first, _) = Build(files);
        var (second, _) = Build(files);

        Assert.Equal(4, second.PostsFromCache);
        Assert.Contains(second.Diagnostics, d => d.ToString().StartsWith($"content/posts/broken.md:6:1: warning {Diagnostics.DiagnosticIds.MissingImage}:", StringComparison.Ordinal));
        Assert.Contains(second.Diagnostics, d => d.ToString().StartsWith($"content/posts/broken.md:8:1: warning {Diagnostics.DiagnosticIds.BrokenLink}:", StringComparison.Ordinal));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(first.Diagnostics.Select(d => d.Hint), second.Diagnostics.Select(d => d.Hint));
    }

    [Fact]
    public void Editing_a_post_renders_that_post_again()
    {
        var files = InlineSite.Parse(Site);
        Build(files);
        files.Add("content/posts/heap.md", "---\ntitle: 堆排序\ndate: 2025-01-02\n---\n\n## 建堆\n\n改过了。\n");
        var (report, output) = Build(files);

        Assert.Equal(2, report.PostsFromCache);
        Assert.Contains("改过了", output.ReadText("posts/heap/index.html"));
    }

    [Fact]
    public void Editing_the_config_renders_every_post_again()
    {
        var files = InlineSite.Parse(Site);
        Build(files);
        files.Add("inkstone.yml", "title: 缓存\nbase_url: https://example.org/blog/\nlanguage: zh-CN\nmath:\n  macros:\n    \"\\\\R\": \"\\\\mathbb{R}\"\n");
        var (report, output) = Build(files);

        Assert.Equal(0, report.PostsFromCache);
        Assert.Contains("href=\"/blog/posts/heap/#", output.ReadText("posts/links/index.html"));
    }

    [Fact]
    public void Changing_the_markdown_dialect_renders_every_post_again()
    {
        var files = InlineSite.Parse(Site);
        files.Add("content/posts/note.md", "---\ntitle: 提示\ndate: 2025-01-04\n---\n\n!!! tip\n    小心。\n");
        Build(files);
        files.Add("inkstone.yml", "title: 缓存\nbase_url: https://example.org/\nlanguage: zh-CN\nmarkdown: python-markdown\nmath:\n  macros:\n    \"\\\\R\": \"\\\\mathbb{R}\"\n");
        var (report, output) = Build(files);

        Assert.Equal(0, report.PostsFromCache);
        Assert.Contains("callout callout--tip", output.ReadText("posts/note/index.html"));
    }

    [Fact]
    public void A_snippet_that_changes_renders_the_page_that_includes_it_again()
    {
        var files = InlineSite.Parse("""
            -- mkdocs.yml --
            site_name: Docs
            markdown_extensions:
              - pymdownx.snippets
            -- docs/parts/shared.md --
            第一版。
            -- docs/index.md --
            # 首页

            --8<-- "parts/shared.md"
            -- docs/other.md --
            # 其他
            """);
        Build(files);
        files.Add("docs/parts/shared.md", "第二版，长一些。");
        var (report, output) = Build(files);

        Assert.Equal(1, report.PostsFromCache);
        Assert.Contains("第二版", output.ReadText("index.html"));
    }

    [Fact]
    public void A_new_url_for_a_linked_post_renders_the_post_that_links_to_it_again()
    {
        var files = InlineSite.Parse(Site);
        Build(files);
        files.Add("content/posts/heap.md", "---\ntitle: 堆排序\ndate: 2025-01-02\nslug: heap-sort\n---\n\n## 建堆\n");
        var (report, output) = Build(files);

        Assert.Equal(1, report.PostsFromCache);
        Assert.Contains("href=\"/posts/heap-sort/#", output.ReadText("posts/links/index.html"));
    }

    [Fact]
    public void Adding_a_missing_linked_post_clears_the_cached_broken_link()
    {
        var files = InlineSite.Parse(Site).Add("content/posts/later.md", "---\ntitle: 稍后\ndate: 2025-01-05\n---\n\n[下一篇](next.md)\n");
        var (before, _) = Build(files);
        files.Add("content/posts/next.md", "---\ntitle: 下一篇\ndate: 2025-01-06\n---\n\n正文。\n");
        var (after, output) = Build(files);

        Assert.Contains(before.Diagnostics, d => d.Location.Path == "content/posts/later.md" && d.Id == Diagnostics.DiagnosticIds.BrokenLink);
        Assert.DoesNotContain(after.Diagnostics, d => d.Location.Path == "content/posts/later.md");
        Assert.Contains("href=\"/posts/next/\"", output.ReadText("posts/later/index.html"));
    }

    [Fact]
    public void A_replaced_image_gives_the_post_its_new_size()
    {
        var files = InlineSite.Parse(Site);
        Build(files);
        files.Add("static/figure.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"200\"></svg>\n");
        var (report, output) = Build(files);

        Assert.Equal(2, report.PostsFromCache);
        Assert.Contains("width=\"300\"", output.ReadText("posts/heap/index.html"));
    }

    [Fact]
    public void Removing_an_image_reports_it_missing_instead_of_reusing_the_cached_page()
    {
        var files = InlineSite.Parse(Site.Replace("-- static/figure.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80\"></svg>\n", "", StringComparison.Ordinal));
        var withImage = InlineSite.Parse(Site);
        Build(withImage);
        var (report, _) = Build(files);

        Assert.Contains(report.Diagnostics, d => d.Location.Path == "content/posts/heap.md" && d.Id == Diagnostics.DiagnosticIds.MissingImage);
    }

    [Fact]
    public void A_cache_written_by_another_version_of_inkstone_is_ignored_then_replaced()
    {
        var files = InlineSite.Parse(Site);
        Build(files);
        var path = CacheFile();
        RenderCacheFile.Write(path, "0.0.0-another-version", RenderCacheFile.Read(path, EngineVersion.Current));

        var (other, _) = Build(files);
        var (again, _) = Build(files);

        Assert.Equal(0, other.PostsFromCache);
        Assert.Equal(3, again.PostsFromCache);
        Assert.Empty(RenderCacheFile.Read(path, "0.0.0-another-version"));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("garbage")]
    public void A_damaged_cache_is_ignored_then_replaced(string damage)
    {
        var files = InlineSite.Parse(Site);
        var (_, clean) = Build(files);
        var path = CacheFile();
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "truncated":
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            case "flipped":
                bytes[bytes.Length / 2] ^= 0x5A;
                File.WriteAllBytes(path, bytes);
                break;
            default:
                File.WriteAllText(path, "not a cache");
                break;
        }

        var (damaged, output) = Build(files);
        var (repaired, _) = Build(files);

        Assert.True(damaged.Succeeded);
        Assert.True(damaged.PostsFromCache < 3);
        AssertSameFiles(clean, output);
        Assert.Equal(3, repaired.PostsFromCache);
    }

    [Fact]
    public void No_cache_neither_reads_nor_writes_the_cache()
    {
        var files = InlineSite.Parse(Site);
        var (report, _) = Build(files, new BuildOptions { NoCache = true });

        Assert.Equal(0, report.PostsFromCache);
        Assert.Empty(Directory.EnumerateFiles(_cache, "renders*"));
    }

    [Fact]
    public void The_cache_keeps_only_the_posts_of_the_last_build()
    {
        var files = InlineSite.Parse(Site).Add("content/posts/gone.md", "---\ntitle: 将删\ndate: 2025-01-07\n---\n\n正文。\n");
        Build(InlineSite.Parse(Site));
        var path = CacheFile();
        var site = RenderCacheFile.Read(path, EngineVersion.Current).Count;
        Build(files);
        var more = RenderCacheFile.Read(path, EngineVersion.Current).Count;
        Build(InlineSite.Parse(Site));
        Build(InlineSite.Parse(Site));

        Assert.True(more > site);
        Assert.Equal(site, RenderCacheFile.Read(path, EngineVersion.Current).Count);
    }

    [Theory]
    [InlineData("content/posts/heap.md", "---\ntitle: 堆排序（新）\ndate: 2025-01-02\ntags: [排序]\n---\n\n## 建堆\n\n新的摘要。\n")]
    [InlineData("content/posts/heap.md", "---\ntitle: 堆排序\ndate: 2025-01-02\ntags: [算法]\n---\n\n## 建堆\n\n只改正文。\n")]
    [InlineData("content/posts/new.md", "---\ntitle: 新文章\ndate: 2025-01-09\ntags: [算法]\n---\n\n新的一篇。\n")]
    public void After_an_edit_a_cached_build_writes_what_an_uncached_build_writes(string path, string text)
    {
        var files = InlineSite.Parse(Site);
        Build(files);
        files.Add(path, text);
        var (cached, cachedOutput) = Build(files);
        var (_, uncachedOutput) = Build(files, new BuildOptions { NoCache = true });

        Assert.True(cached.PostsFromCache > 0);
        AssertSameFiles(uncachedOutput, cachedOutput);
    }

    [Fact]
    public void The_preview_on_any_port_shares_the_renderings_of_a_build_for_the_real_host()
    {
        var files = InlineSite.Parse(Site);
        Build(files);

        var (preview, previewOutput) = Build(files, new BuildOptions { BaseUrl = "http://127.0.0.1:4001/" });
        var (_, uncachedPreview) = Build(files, new BuildOptions { BaseUrl = "http://127.0.0.1:4001/", NoCache = true });

        Assert.Equal(3, preview.PostsFromCache);
        AssertSameFiles(uncachedPreview, previewOutput);
        Assert.Single(Directory.EnumerateFiles(_cache, "renders-*.bin"));
    }

    [Fact]
    public void Builds_under_another_base_path_keep_their_own_cache_beside_this_one()
    {
        var files = InlineSite.Parse(Site);
        var underPath = new BuildOptions { BaseUrl = "https://example.org/blog/" };
        Build(files);
        Build(files, underPath);

        var (again, _) = Build(files);
        var (underPathAgain, output) = Build(files, underPath);

        Assert.Equal(3, again.PostsFromCache);
        Assert.Equal(3, underPathAgain.PostsFromCache);
        Assert.Contains("href=\"/blog/posts/heap/#", output.ReadText("posts/links/index.html"));
        Assert.Equal(2, Directory.EnumerateFiles(_cache, "renders-*.bin").Count());
    }

    [Fact]
    public void Only_the_most_recently_used_caches_of_other_settings_are_kept()
    {
        var files = InlineSite.Parse(Site);
        for (var path = 0; path < 5; path++)
        {
            Build(files, new BuildOptions { BaseUrl = $"https://example.org/v{path}/" });
        }

        Assert.Equal(1 + RenderCacheFile.OtherSettingsKept, Directory.EnumerateFiles(_cache, "renders-*.bin").Count());
        Assert.Equal(3, Build(files, new BuildOptions { BaseUrl = "https://example.org/v4/" }).Report.PostsFromCache);
        Assert.Equal(0, Build(files, new BuildOptions { BaseUrl = "https://example.org/v0/" }).Report.PostsFromCache);
    }

    /// <summary>The cache file of the default settings, after a build wrote it.</summary>
    private string CacheFile() => Directory.EnumerateFiles(_cache, "renders-*.bin").Single();

    private (BuildReport Report, MemoryOutput Output) Build(ISiteFileSystem files, BuildOptions? options = null)
    {
        var output = new MemoryOutput();
        var report = SiteBuilder.Run(files, output, (options ?? new BuildOptions()) with { Now = BuiltSite.Now }, null, _cache);
        return (report, output);
    }

    private static void AssertSameFiles(MemoryOutput expected, MemoryOutput actual)
    {
        Assert.Equal(expected.Files.Keys.Order(StringComparer.Ordinal), actual.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected.Files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual.Files[path]), $"{path} differs between the two builds.");
        }
    }
}
