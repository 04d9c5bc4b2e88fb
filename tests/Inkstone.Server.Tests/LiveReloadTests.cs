namespace Inkstone.Server.Tests;

public sealed class LiveReloadTests
{
    [Fact]
    public async Task Saving_a_post_rebuilds_it_and_tells_the_open_tabs_to_reload()
    {
        await using var site = await LiveServerFixture.StartAsync();
        await site.ListenAsync();

        site.Write("content/posts/a.md", "---\ntitle: 第一篇\ndate: 2025-01-01\n---\n改过的正文。\n");

        var rebuild = await site.NextRebuildAsync();
        Assert.Contains("content/posts/a.md", rebuild.ChangedPaths);
        Assert.True(rebuild.Build.Succeeded);
        Assert.StartsWith("event: reload", await site.NextEventAsync(), StringComparison.Ordinal);
        var page = await site.GetTextAsync("posts/a/");
        Assert.Contains("改过的正文。", page);
        Assert.Contains("<script src=\"/__inkstone/live.js\" defer></script>", page);
    }

    [Fact]
    public async Task A_burst_of_saves_and_an_editor_rename_are_coalesced_into_few_rebuilds()
    {
        await using var site = await LiveServerFixture.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            site.Write("content/posts/a.md", $"---\ntitle: 第一篇\ndate: 2025-01-01\n---\n第 {i} 次保存。\n");
        }

        // An editor that writes a temporary file and renames it over the original.
        site.Write("content/posts/.a.md.tmp", "---\ntitle: 第一篇\ndate: 2025-01-01\n---\n最后一次保存。\n");
        File.Move(Path.Combine(site.Site, "content/posts/.a.md.tmp"), Path.Combine(site.Site, "content/posts/a.md"), overwrite: true);

        var first = await site.NextRebuildAsync();
        Assert.Contains("content/posts/a.md", first.ChangedPaths);
        Assert.DoesNotContain(first.ChangedPaths, p => p.EndsWith(".tmp", StringComparison.Ordinal));
        var deadline = DateTime.UtcNow + LiveServerFixture.Patience;
        string page;
        do
        {
            page = await site.GetTextAsync("posts/a/");
        }
        while (!page.Contains("最后一次保存。", StringComparison.Ordinal) && DateTime.UtcNow < deadline && await Task.Delay(50).ContinueWith(_ => true));
        Assert.Contains("最后一次保存。", page);
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_site_and_shows_the_errors_until_it_is_fixed()
    {
        await using var site = await LiveServerFixture.StartAsync();
        await site.ListenAsync();

        site.Write("content/posts/a.md", "---\ntitle: 第一篇\ndate: 2025-13-45\n---\n坏了的正文。\n");
        var broken = await site.NextRebuildAsync();
        Assert.False(broken.Build.Succeeded);
        Assert.Equal("errors", broken.EventSent);
        var errors = await site.NextEventAsync();
        Assert.StartsWith("event: errors", errors, StringComparison.Ordinal);
        Assert.Contains("INK0204", errors);
        Assert.Contains("content/posts/a.md", errors);
        Assert.Contains("date: 2025-13-45", errors);
        Assert.Contains("最初的正文。", await site.GetTextAsync("posts/a/"));

        site.Write("content/posts/a.md", "---\ntitle: 第一篇\ndate: 2025-01-02\n---\n修好的正文。\n");
        var fixedBuild = await site.NextRebuildAsync();
        Assert.True(fixedBuild.Build.Succeeded);
        Assert.StartsWith("event: reload", await site.NextEventAsync(), StringComparison.Ordinal);
        Assert.Contains("修好的正文。", await site.GetTextAsync("posts/a/"));
    }

    [Fact]
    public async Task A_stylesheet_change_swaps_styles_without_a_full_reload()
    {
        await using var site = await LiveServerFixture.StartAsync();
        await site.ListenAsync();
        site.Write("static/extra.css", "body { color: navy; }\n");
        Assert.Equal("css", (await site.NextRebuildAsync()).EventSent);
        Assert.StartsWith("event: css", await site.NextEventAsync(), StringComparison.Ordinal);
        Assert.Contains("navy", await site.GetTextAsync("extra.css"));
    }

    [Fact]
    public async Task A_change_to_a_fingerprinted_theme_stylesheet_reloads_the_pages_that_link_its_new_name()
    {
        await using var site = await LiveServerFixture.StartAsync();
        await site.ListenAsync();
        site.Write("assets/css/main.css", "body { color: teal; }\n");
        Assert.Equal("reload", (await site.NextRebuildAsync()).EventSent);
        Assert.StartsWith("event: reload", await site.NextEventAsync(), StringComparison.Ordinal);
        var href = System.Text.RegularExpressions.Regex.Match(await site.GetTextAsync("/"), "assets/css/main\\.[0-9a-f]{8}\\.css").Value;
        Assert.Contains("teal", await site.GetTextAsync(href));
    }

    [Fact]
    public async Task The_live_script_is_only_in_served_pages_never_in_the_built_files()
    {
        await using var site = await LiveServerFixture.StartAsync(watch: false);
        Assert.DoesNotContain("__inkstone", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Contains("__inkstone/live.js", await site.GetTextAsync("/"));
        Assert.Contains("EventSource", await site.GetTextAsync("/__inkstone/live.js"));
    }

    [Fact]
    public async Task Every_save_rebuilds_even_when_the_output_folder_is_inside_the_site()
    {
        await using var site = await LiveServerFixture.StartAsync(outputInsideSite: true);
        for (var i = 1; i <= 3; i++)
        {
            site.Write("content/posts/a.md", $"---\ntitle: 第一篇\ndate: 2025-01-01\n---\n第 {i} 版。\n");
            var rebuild = await site.NextRebuildAsync();
            Assert.Equal(["content/posts/a.md"], rebuild.ChangedPaths);
            Assert.Contains($"第 {i} 版。", await site.GetTextAsync("posts/a/"));
        }
    }

    [Fact]
    public async Task An_edit_rewrites_only_the_files_that_come_out_different()
    {
        await using var site = await LiveServerFixture.StartAsync();
        site.Write("content/posts/b.md", "---\ntitle: 第二篇\ndate: 2025-01-02\n---\n另一篇。\n");
        var added = await site.NextRebuildAsync();
        Assert.True(added.Incremental);

        // The excerpt is the whole short body, so the index card changes too: the post page, the index and
        // the archives are rendered again, and the feeds; nothing else.
        site.Write("content/posts/a.md", "---\ntitle: 第一篇\ndate: 2025-01-01\n---\n只改了正文。\n");
        var edit = await site.NextRebuildAsync();
        Assert.True(edit.Incremental);
        Assert.True(edit.Build.FilesWritten is > 0 and < 10, $"wrote {edit.Build.FilesWritten} files");
        Assert.Contains("只改了正文。", await site.GetTextAsync("posts/a/"));
        Assert.Contains("只改了正文。", await site.GetTextAsync("/"));
        Assert.Contains("只改了正文。", await site.GetTextAsync("atom.xml"));

        site.Write("content/posts/a.md", "---\ntitle: 改了标题\ndate: 2025-01-01\n---\n只改了正文。\n");
        var retitled = await site.NextRebuildAsync();
        Assert.True(retitled.Incremental);
        Assert.Contains("改了标题", await site.GetTextAsync("posts/b/"));
    }

    [Fact]
    public async Task Edits_are_seen_again_after_the_content_folder_is_deleted_and_made_again()
    {
        await using var site = await LiveServerFixture.StartAsync();
        Directory.Delete(Path.Combine(site.Site, "content"), recursive: true);
        await site.NextRebuildAsync();

        site.Write("content/posts/a.md", "---\ntitle: 第一篇\ndate: 2025-01-01\n---\n重新建立的正文。\n");
        await UntilPageShowsAsync(site, "posts/a/", "重新建立的正文。");
        site.Write("content/posts/a.md", "---\ntitle: 第一篇\ndate: 2025-01-01\n---\n之后又改了一次。\n");
        await UntilPageShowsAsync(site, "posts/a/", "之后又改了一次。");
    }

    /// <summary>Polls a page until it shows <paramref name="text"/>; fails after the fixture's patience.</summary>
    private static async Task UntilPageShowsAsync(LiveServerFixture site, string path, string text)
    {
        var deadline = DateTime.UtcNow + LiveServerFixture.Patience;
        var page = "";
        while (DateTime.UtcNow < deadline)
        {
            var response = await site.Http.GetAsync(path);
            page = await response.Content.ReadAsStringAsync();
            if (page.Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Contains(text, page);
    }
}
