using System.Text.Json;
using System.Xml.Linq;
using Inkstone.Building;
using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

public sealed class SiteBuildTests
{
    private static string Posts(int count, string extra = "") => string.Concat(Enumerable.Range(1, count).Select(i => $"""
        -- content/posts/post-{i:00}.md --
        ---
        title: 第 {i} 篇
        date: 2025-01-{i:00} 10:00:00
        categories: [{(i % 2 == 0 ? "NLP" : "Algorithm")}]
        tags: [t{i % 3}, 共同]
        {extra}
        ---
        正文 {i}。

        """));

    private const string Config = """
        -- inkstone.yml --
        title: 墨砚
        description: 测试站点
        base_url: https://example.org/blog/
        posts_per_page: 3
        timezone: Asia/Shanghai

        """;

    [Fact]
    public void The_index_lists_post_cards_newest_first_with_title_category_date_tags_and_excerpt()
    {
        var site = BuiltSite.Build(Config + Posts(4)).AssertSucceeded();
        var index = Html.Parse(site.File("index.html"));
        var cards = index.All(".h-feed .h-entry");
        Assert.Equal(["第 4 篇", "第 3 篇", "第 2 篇"], cards.Select(c => c.QuerySelector(".p-name")!.Text()));
        var first = cards[0];
        Assert.Equal("/blog/posts/post-04/", first.QuerySelector("a.p-name.u-url")!.GetAttribute("href"));
        Assert.Equal("2025-01-04", first.QuerySelector("time.dt-published")!.Text());
        Assert.Equal("2025-01-04T10:00:00+08:00", first.QuerySelector("time.dt-published")!.GetAttribute("datetime"));
        Assert.Equal(["NLP", "#t1", "#共同"], first.QuerySelectorAll(".p-category").Select(e => e.Text()));
        Assert.Equal("正文 4。", first.QuerySelector(".p-summary")!.Text());
    }

    [Fact]
    public void A_pinned_post_comes_first_on_the_index()
    {
        var site = BuiltSite.Build(Config + Posts(3) + """
            -- content/posts/old.md --
            ---
            title: 置顶的旧文
            date: 2020-01-01
            pinned: true
            ---
            旧。
            """).AssertSucceeded();
        Assert.Equal("置顶的旧文", Html.Parse(site.File("index.html")).One(".h-entry .p-name").Text());
    }

    [Fact]
    public void The_index_and_taxonomy_pages_are_paginated()
    {
        var site = BuiltSite.Build(Config + Posts(7)).AssertSucceeded();
        Assert.True(site.Exists("page/2/index.html"));
        Assert.True(site.Exists("page/3/index.html"));
        Assert.False(site.Exists("page/4/index.html"));
        Assert.Single(Html.Parse(site.File("page/3/index.html")).All(".h-entry"));
        Assert.Equal("/blog/page/2/", Html.Parse(site.File("index.html")).One("a[rel=next]").GetAttribute("href"));

        Assert.Equal(3, Html.Parse(site.File("tags/共同/index.html")).All(".h-entry").Count);
        Assert.Equal(3, Html.Parse(site.File("tags/共同/page/2/index.html")).All(".h-entry").Count);
        Assert.Single(Html.Parse(site.File("tags/共同/page/3/index.html")).All(".h-entry"));
    }

    [Fact]
    public void Categories_and_tags_have_list_pages_and_a_page_each()
    {
        var site = BuiltSite.Build(Config + Posts(4)).AssertSucceeded();
        var categories = Html.Parse(site.File("categories/index.html")).All(".term-cloud a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/blog/categories/algorithm/", "/blog/categories/nlp/"], categories);
        Assert.Equal(2, Html.Parse(site.File("categories/nlp/index.html")).All(".h-entry").Count);
        Assert.True(site.Exists("tags/index.html"));
        Assert.True(site.Exists("tags/t0/index.html"));
    }

    [Fact]
    public void The_archives_group_posts_by_year_and_month()
    {
        var site = BuiltSite.Build(Config + Posts(2) + """
            -- content/posts/older.md --
            ---
            title: 去年的文章
            date: 2024-07-15
            ---
            x
            """).AssertSucceeded();
        var archives = Html.Parse(site.File("archives/index.html"));
        Assert.Equal(["2025", "2024"], archives.All(".archive-year h2").Select(h => h.FirstChild!.TextContent.Trim()));
        Assert.Equal(["2025-01", "2024-07"], archives.All(".archive-month").Select(h => h.Text()));
    }

    [Fact]
    public void A_post_page_is_an_h_entry_with_content_meta_and_neighbours()
    {
        var site = BuiltSite.Build(Config + Posts(3, "updated: 2025-02-01")).AssertSucceeded();
        var page = Html.Parse(site.File("posts/post-02/index.html"));
        var entry = page.One("article.h-entry");
        Assert.Equal("第 2 篇", entry.QuerySelector(".p-name")!.Text());
        Assert.Contains("正文 2。", entry.QuerySelector(".e-content")!.Text());
        Assert.Equal("2025-02-01", entry.QuerySelector("time.dt-updated")!.Text());
        Assert.Equal("/blog/posts/post-01/", page.One("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/blog/posts/post-03/", page.One("a[rel=next]").GetAttribute("href"));
        Assert.Equal("article", page.One("meta[property='og:type']").GetAttribute("content"));
        var ld = JsonDocument.Parse(page.One("script[type='application/ld+json']").TextContent).RootElement;
        Assert.Equal("BlogPosting", ld.GetProperty("@type").GetString());
        Assert.Equal("https://example.org/blog/posts/post-02/", ld.GetProperty("url").GetString());
    }

    [Fact]
    public void Drafts_and_future_posts_are_left_out_unless_asked_for()
    {
        var files = Config + Posts(1) + """
            -- content/posts/draft.md --
            ---
            title: 草稿
            date: 2025-01-05
            draft: true
            ---
            x
            -- content/posts/future.md --
            ---
            title: 未来
            date: 2030-01-01
            ---
            x
            """;
        var plain = BuiltSite.Build(files).AssertSucceeded();
        Assert.False(plain.Exists("posts/draft/index.html"));
        Assert.False(plain.Exists("posts/future/index.html"));
        var all = BuiltSite.Build(files, new BuildOptions { IncludeDrafts = true, IncludeFuture = true }).AssertSucceeded();
        Assert.True(all.Exists("posts/draft/index.html"));
        Assert.True(all.Exists("posts/future/index.html"));
    }

    [Fact]
    public void A_standalone_page_gets_its_own_url_and_is_not_listed()
    {
        var site = BuiltSite.Build(Config + Posts(1) + """
            -- content/about.md --
            ---
            title: 关于
            ---
            关于我。
            """).AssertSucceeded();
        Assert.Contains("关于我。", site.File("about/index.html"));
        Assert.DoesNotContain("关于我", site.File("index.html"));
    }

    [Fact]
    public void Two_posts_with_the_same_url_are_an_error_naming_both_files()
    {
        var site = BuiltSite.Build(Config + """
            -- content/posts/a.md --
            ---
            title: A
            slug: same
            ---
            -- content/posts/b.md --
            ---
            title: B
            slug: same
            ---
            """);
        var error = Assert.Single(site.Errors);
        Assert.Equal(DiagnosticIds.DuplicateUrl, error.Id);
        Assert.Contains("content/posts/a.md", error.Message);
        Assert.Contains("content/posts/b.md", error.Message);
    }

    [Fact]
    public void Every_problem_is_reported_not_just_the_first()
    {
        var site = BuiltSite.Build(Config + """
            -- content/posts/a.md --
            ---
            date: not a date
            ---
            -- content/posts/b.md --
            ---
            title: [unclosed
            ---
            -- content/posts/c.md --
            ---
            layout: missing
            title: C
            ---
            """);
        Assert.Equal([DiagnosticIds.FrontMatterMalformed, DiagnosticIds.FrontMatterBadDate, DiagnosticIds.MissingLayout],
            site.Errors.Select(e => e.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Slugs_keep_chinese_characters_in_urls()
    {
        var site = BuiltSite.Build(Config + """
            -- content/posts/背包问题.md --
            ---
            title: 0-1 背包
            date: 2025-01-01
            ---
            x
            """).AssertSucceeded();
        Assert.True(site.Exists("posts/背包问题/index.html"));
    }

    [Fact]
    public void A_page_bundle_publishes_its_images_beside_the_post()
    {
        var site = BuiltSite.Build(Config + """
            -- content/posts/swin/index.md --
            ---
            title: Swin
            date: 2025-01-01
            ---
            ![窗口](./windows.svg)
            -- content/posts/swin/windows.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """).AssertSucceeded();
        Assert.True(site.Exists("posts/swin/windows.svg"));
        Assert.Equal("/blog/posts/swin/windows.svg", Html.Parse(site.File("posts/swin/index.html")).One(".e-content img").GetAttribute("src"));
    }

    [Fact]
    public void Links_to_other_posts_by_source_path_become_their_urls()
    {
        var site = BuiltSite.Build(Config + """
            -- content/posts/a.md --
            ---
            title: A
            date: 2025-01-01
            ---
            见[堆排序](heap.md#建堆)和[缺失](missing.md)。
            -- content/posts/heap.md --
            ---
            title: 堆
            date: 2025-01-01
            ---
            ## 建堆
            """);
        var links = Html.Parse(site.File("posts/a/index.html")).All(".e-content a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("/blog/posts/heap/#建堆", Uri.UnescapeDataString(links[0]!));
        var broken = Assert.Single(site.Diagnostics);
        Assert.Equal(new SourceLocation("content/posts/a.md", 5, 20), broken.Location);
        Assert.Equal(DiagnosticIds.BrokenLink, broken.Id);
        Assert.Equal(Severity.Warning, broken.Severity);
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var input = Config + Posts(8) + "-- content/about.md --\n---\ntitle: 关于\n---\nx\n";
        var first = BuiltSite.Build(input).AssertSucceeded().Output.Files;
        var second = BuiltSite.Build(input).AssertSucceeded().Output.Files;
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in first)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs between two builds");
        }
    }

    [Fact]
    public void Feeds_parse_as_atom_rss_and_json_feed_with_full_content()
    {
        var site = BuiltSite.Build(Config + Posts(3)).AssertSucceeded();
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(site.File("atom.xml")).Root!;
        Assert.Equal(atom + "feed", feed.Name);
        var entries = feed.Elements(atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        Assert.Equal("https://example.org/blog/posts/post-03/", entries[0].Element(atom + "id")!.Value);
        Assert.Contains("<p>正文 3。</p>", entries[0].Element(atom + "content")!.Value);
        Assert.Equal("2025-01-03T10:00:00+08:00", entries[0].Element(atom + "published")!.Value);

        var rss = XDocument.Parse(site.File("rss.xml")).Root!;
        Assert.Equal("2.0", rss.Attribute("version")!.Value);
        var item = rss.Element("channel")!.Elements("item").First();
        Assert.Equal("Fri, 03 Jan 2025 10:00:00 +0800", item.Element("pubDate")!.Value);
        Assert.Contains("正文 3。", item.Element(XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/"))!.Value);

        var json = JsonDocument.Parse(site.File("feed.json")).RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", json.GetProperty("version").GetString());
        var first = json.GetProperty("items")[0];
        Assert.Equal("第 3 篇", first.GetProperty("title").GetString());
        Assert.Contains("正文 3。", first.GetProperty("content_html").GetString());
    }

    [Fact]
    public void The_sitemap_lists_every_page_and_robots_points_at_it()
    {
        var site = BuiltSite.Build(Config + Posts(2)).AssertSucceeded();
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Parse(site.File("sitemap.xml")).Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Contains("https://example.org/blog/", locs);
        Assert.Contains("https://example.org/blog/posts/post-01/", locs);
        Assert.Contains("https://example.org/blog/categories/nlp/", locs);
        Assert.Contains("Sitemap: https://example.org/blog/sitemap.xml", site.File("robots.txt"));
        Assert.True(site.Exists("404.html"));
    }

    [Fact]
    public void A_template_in_layouts_overrides_the_theme()
    {
        var site = BuiltSite.Build(Config + Posts(1) + """
            -- layouts/post.liquid --
            <p class="custom">{{ post.title }} by override</p>
            """).AssertSucceeded();
        Assert.Contains("<p class=\"custom\">第 1 篇 by override</p>", site.File("posts/post-01/index.html"));
    }

    [Fact]
    public void The_english_site_uses_english_interface_strings()
    {
        var site = BuiltSite.Build(Config.Replace("timezone", "language: en\ntimezone", StringComparison.Ordinal) + Posts(1)).AssertSucceeded();
        var html = Html.Parse(site.File("index.html"));
        Assert.Equal("en", html.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Categories", html.One(".site-nav a[href='/blog/categories/']").Text());
    }

    [Fact]
    public void A_series_has_a_page_listing_its_posts_in_order()
    {
        var site = BuiltSite.Build(Config + """
            -- content/posts/b.md --
            ---
            title: 第二课
            date: 2025-01-01
            series: 强化学习入门
            series_order: 2
            ---
            x
            -- content/posts/a.md --
            ---
            title: 第一课
            date: 2025-02-01
            series: 强化学习入门
            series_order: 1
            ---
            x
            """).AssertSucceeded();
        var page = Html.Parse(site.File("series/强化学习入门/index.html"));
        Assert.Equal(["第一课", "第二课"], page.All(".series-list .p-name").Select(e => e.Text()));
    }

    [Fact]
    public void Related_posts_are_those_sharing_the_most_tags_and_categories()
    {
        var model = Inkstone.Taxonomies.RelatedPostFinder.Find(
            Enumerable.Range(1, 3).Select(i => new Inkstone.Markdown.RenderedPost(
                new Inkstone.Content.Post
                {
                    Kind = Inkstone.Content.PostKind.Post,
                    SourcePath = $"p{i}",
                    Title = $"p{i}",
                    Date = DateTimeOffset.UnixEpoch.AddDays(i),
                    Slug = $"p{i}",
                    Url = $"/p{i}/",
                    Source = new Inkstone.Data.SourceText($"p{i}", ""),
                    BodyOffset = 0,
                    Tags = i == 3 ? ["other"] : ["heap", "sort"],
                    Categories = ["Algorithm"],
                },
                "", new Inkstone.Excerpts.Excerpt("", "", false), [], default, [], [])).ToList());
        Assert.Equal(["p2", "p3"], model["p1"].Select(p => p.Post.SourcePath));
        Assert.Equal(["p2", "p1"], model["p3"].Select(p => p.Post.SourcePath));
    }
}
