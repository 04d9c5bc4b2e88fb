using System.Text.Json;
using Inkstone.Diagnostics;
using Inkstone.Testing;
using Inkstone.Tests.Search;

namespace Inkstone.Tests.Translations;

/// <summary>
/// A Chinese blog with posts translated into English and Japanese: each translation is published under its language's
/// folder, links to the others (hreflang, a language switch), and each language has its own lists, feeds and search.
/// </summary>
public sealed class TranslationSiteTests
{
    private const string Config = """
        -- inkstone.yml --
        title: 墨砚
        base_url: https://ink.example/
        language: zh-CN

        """;

    private const string Ppo = """
        -- content/posts/ppo.md --
        ---
        title: 近端策略优化
        date: 2025-03-01
        categories: [强化学习]
        tags: [策略梯度]
        ---
        裁剪目标让每一步更新都不会走得太远。

        -- content/posts/ppo.en.md --
        ---
        title: Proximal Policy Optimization
        date: 2025-03-02
        categories: [Reinforcement learning]
        tags: [policy gradient]
        ---
        The clipped objective keeps every update close to the old policy.

        """;

    private const string Chinese = """
        -- content/posts/adam.md --
        ---
        title: Adam 优化器
        date: 2025-02-01
        tags: [优化]
        ---
        动量与自适应步长。

        """;

    private static BuiltSite Build(string files) => BuiltSite.Build(Config + files).AssertSucceeded();

    private static AngleSharp.Dom.IDocument Page(BuiltSite site, string path) => Html.Parse(site.File(path));

    private static List<(string? Lang, string? Href)> Alternates(BuiltSite site, string path) =>
        Page(site, path).All("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();

    [Fact]
    public void A_post_named_with_a_language_is_published_under_that_languages_folder_and_links_to_its_original()
    {
        var site = Build(Ppo);

        Assert.True(site.Exists("posts/ppo/index.html"));
        Assert.True(site.Exists("en/posts/ppo/index.html"));
        List<(string?, string?)> both = [("zh-CN", "https://ink.example/posts/ppo/"), ("en", "https://ink.example/en/posts/ppo/"), ("x-default", "https://ink.example/posts/ppo/")];
        Assert.Equal(both, Alternates(site, "posts/ppo/index.html"));
        Assert.Equal(both, Alternates(site, "en/posts/ppo/index.html"));
        Assert.Equal("en", Page(site, "en/posts/ppo/index.html").DocumentElement.GetAttribute("lang"));
        Assert.Equal("zh-CN", Page(site, "posts/ppo/index.html").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Each_translation_shows_a_language_switch_that_leads_to_the_other_version()
    {
        var site = Build(Ppo + Chinese);

        var english = Page(site, "en/posts/ppo/index.html");
        var links = english.All(".language-switch a").Select(a => (a.Text(), a.GetAttribute("href"), a.GetAttribute("aria-current"))).ToList();
        Assert.Equal([("简体中文", "/posts/ppo/", null), ("English", "/en/posts/ppo/", "true")], links);
        Assert.Equal("/posts/ppo/", english.One(".post__translations a").GetAttribute("href"));
        Assert.Equal("zh-CN", english.One(".post__translations a").GetAttribute("hreflang"));

        // A post without a translation switches to the other language's home.
        var adam = Page(site, "posts/adam/index.html");
        Assert.Equal(["/posts/adam/", "/en/"], adam.All(".language-switch a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Empty(adam.All(".post__translations"));
        Assert.Empty(adam.All("link[hreflang]"));
    }

    [Fact]
    public void Posts_sharing_a_translation_key_are_translations_whatever_their_file_names()
    {
        var site = Build("""
            -- content/posts/shortest-paths.md --
            ---
            title: 最短路径
            date: 2025-03-01
            translationKey: dijkstra
            ---
            堆里取出的第一个就是最近的。

            -- content/posts/dijkstra-english.md --
            ---
            title: Shortest paths
            date: 2025-03-01
            lang: en
            translationKey: dijkstra
            ---
            The first node out of the heap is the nearest.

            """);

        Assert.True(site.Exists("en/posts/dijkstra-english/index.html"));
        Assert.Contains(("en", "https://ink.example/en/posts/dijkstra-english/"), Alternates(site, "posts/shortest-paths/index.html"));
        Assert.Contains(("zh-CN", "https://ink.example/posts/shortest-paths/"), Alternates(site, "en/posts/dijkstra-english/index.html"));
    }

    [Fact]
    public void Each_language_lists_only_its_own_posts_with_its_own_interface_strings()
    {
        var site = Build(Ppo + Chinese);

        static List<string> Titles(AngleSharp.Dom.IDocument page) => page.All(".card__title a").Select(a => a.Text()).ToList();
        Assert.Equal(["近端策略优化", "Adam 优化器"], Titles(Page(site, "index.html")));
        Assert.Equal(["Proximal Policy Optimization"], Titles(Page(site, "en/index.html")));
        Assert.Equal(["Proximal Policy Optimization"], Titles(Page(site, "en/categories/reinforcement-learning/index.html")));
        Assert.Equal(["Proximal Policy Optimization"], Titles(Page(site, "en/tags/policy-gradient/index.html")));
        Assert.False(site.Exists("categories/reinforcement-learning/index.html"));
        Assert.False(site.Exists("en/tags/优化/index.html"));

        var englishHome = Page(site, "en/index.html");
        Assert.Equal(["Home", "Categories", "Tags", "Archives"], englishHome.All(".site-nav a").Select(a => a.Text()).ToList());
        Assert.Equal(["/en/", "/en/categories/", "/en/tags/", "/en/archives/"], englishHome.All(".site-nav a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Equal("/en/search/", englishHome.One("form.site-search").GetAttribute("action"));
        Assert.Equal(["首页", "分类", "标签", "归档"], Page(site, "index.html").All(".site-nav a").Select(a => a.Text()).ToList());

        // The post's own category and tag links lead to its language's pages.
        var post = Page(site, "en/posts/ppo/index.html");
        Assert.Equal("/en/categories/reinforcement-learning/", post.One(".post__category a").GetAttribute("href"));
        Assert.Equal("/en/tags/policy-gradient/", post.One(".tag-list a").GetAttribute("href"));

        var archive = site.File("en/archives/index.html");
        Assert.Contains("Proximal Policy Optimization", archive, StringComparison.Ordinal);
        Assert.DoesNotContain("近端策略优化", archive, StringComparison.Ordinal);
        Assert.DoesNotContain("Proximal Policy Optimization", site.File("archives/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_language_has_its_own_feeds()
    {
        var site = Build(Ppo + Chinese);

        var english = site.File("en/atom.xml");
        Assert.Contains("xml:lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Contains("<link href=\"https://ink.example/en/atom.xml\" rel=\"self\"", english, StringComparison.Ordinal);
        Assert.Contains("Proximal Policy Optimization", english, StringComparison.Ordinal);
        Assert.DoesNotContain("近端策略优化", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Proximal Policy Optimization", site.File("atom.xml"), StringComparison.Ordinal);
        Assert.Contains("<language>en</language>", site.File("en/rss.xml"), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(site.File("en/feed.json"));
        Assert.Equal("https://ink.example/en/feed.json", json.RootElement.GetProperty("feed_url").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal("/en/atom.xml", Page(site, "en/index.html").One("link[type='application/atom+xml']").GetAttribute("href"));
    }

    [Fact]
    public void Each_language_searches_its_own_posts()
    {
        var site = Build(Ppo + Chinese);

        var english = new ShardedIndexReader(name => site.Output.Files.GetValueOrDefault("en/search/" + name));
        var chinese = new ShardedIndexReader(name => site.Output.Files.GetValueOrDefault("search/" + name));
        Assert.Equal(["Proximal Policy Optimization"], english.Search("clipped"));
        Assert.Empty(chinese.Search("clipped"));
        Assert.Equal(["近端策略优化"], chinese.Search("裁剪"));
        Assert.True(site.Exists("en/search/index.html"));
        Assert.Equal("/en/search/", Page(site, "en/search/index.html").One("form.search-page__form").GetAttribute("action"));
    }

    [Fact]
    public void The_sitemap_names_each_translations_alternates()
    {
        var site = Build(Ppo + Chinese);

        var sitemap = System.Xml.Linq.XDocument.Parse(site.File("sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9", xhtml = "http://www.w3.org/1999/xhtml";
        var url = sitemap.Root!.Elements(ns + "url").Single(u => u.Element(ns + "loc")!.Value == "https://ink.example/en/posts/ppo/");
        var links = url.Elements(xhtml + "link").Select(l => (l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value)).ToList();
        Assert.Equal([("zh-CN", "https://ink.example/posts/ppo/"), ("en", "https://ink.example/en/posts/ppo/"), ("x-default", "https://ink.example/posts/ppo/")], links);
        var locs = sitemap.Root.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Contains("https://ink.example/en/", locs);
        Assert.Contains("https://ink.example/en/tags/policy-gradient/", locs);
        Assert.Empty(sitemap.Root.Elements(ns + "url").Single(u => u.Element(ns + "loc")!.Value == "https://ink.example/posts/adam/").Elements(xhtml + "link"));
    }

    [Fact]
    public void A_site_in_one_language_has_no_language_folders_switches_or_alternates()
    {
        // A post that only says it is in English is shown in the site's lists as before: it translates nothing.
        var site = Build(Chinese + """
            -- content/posts/notes.md --
            ---
            title: Notes in English
            date: 2025-02-02
            lang: en
            ---
            Plain notes.

            """);

        Assert.DoesNotContain(site.Output.Files.Keys, p => p.StartsWith("en/", StringComparison.Ordinal));
        Assert.True(site.Exists("posts/notes/index.html"));
        Assert.Equal(2, Page(site, "index.html").All(".card").Count);
        foreach (var page in new[] { "index.html", "posts/notes/index.html", "posts/adam/index.html" })
        {
            Assert.DoesNotContain("hreflang", site.File(page), StringComparison.Ordinal);
            Assert.DoesNotContain("language-switch", site.File(page), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("xhtml", site.File("sitemap.xml"), StringComparison.Ordinal);
        Assert.Equal("zh-CN", Page(site, "posts/notes/index.html").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void A_translation_without_its_original_is_published_in_its_language_alone()
    {
        var site = Build(Chinese + """
            -- content/posts/only.en.md --
            ---
            title: Only in English
            date: 2025-03-05
            ---
            No Chinese version yet.

            """);

        var page = Page(site, "en/posts/only/index.html");
        Assert.Empty(page.All("link[hreflang]"));
        Assert.Empty(page.All(".post__translations"));
        Assert.Equal(["Only in English"], Page(site, "en/index.html").All(".card__title a").Select(a => a.Text()).ToList());
        Assert.DoesNotContain("Only in English", site.File("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_posts_claiming_to_be_the_same_languages_translation_are_reported_at_the_second_ones_key()
    {
        var site = BuiltSite.Build(Config + Ppo + """
            -- content/posts/proximal.md --
            ---
            title: PPO, again
            date: 2025-03-03
            lang: en
            translationKey: content/posts/ppo
            ---
            A second English version.

            """);

        var problem = Assert.Single(site.Diagnostics, d => d.Id == DiagnosticIds.DuplicateTranslation);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal("content/posts/proximal.md:5:17", problem.Location.ToString());
        Assert.Contains("content/posts/ppo.en.md", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_in_a_language_without_interface_strings_is_reported()
    {
        var byName = BuiltSite.Build(Config + Chinese + """
            -- content/posts/adam.fr.md --
            ---
            title: L'optimiseur Adam
            date: 2025-02-01
            ---
            Moment et pas adaptatif.

            """);
        var byKey = BuiltSite.Build(Config + Chinese + """
            -- content/posts/adam-xx.md --
            ---
            title: Adam
            date: 2025-02-01
            lang: tlh
            translationKey: content/posts/adam
            ---
            Qapla'.

            """);

        var named = Assert.Single(byName.Diagnostics, d => d.Id == DiagnosticIds.UnknownLanguage);
        Assert.Equal("content/posts/adam.fr.md", named.Location.ToString());
        Assert.Contains("'fr'", named.Message, StringComparison.Ordinal);
        Assert.Contains("zh-CN, zh-TW, en, ja", named.Hint, StringComparison.Ordinal);
        var keyed = Assert.Single(byKey.Diagnostics, d => d.Id == DiagnosticIds.UnknownLanguage);
        Assert.Equal("content/posts/adam-xx.md:4:7", keyed.Location.ToString());
        Assert.DoesNotContain(byKey.Output.Files.Keys, p => p.StartsWith("tlh/", StringComparison.Ordinal));
    }

    [Fact]
    public void Japanese_and_traditional_chinese_translations_speak_their_own_interface_language()
    {
        var site = Build(Ppo + """
            -- content/posts/ppo.ja.md --
            ---
            title: 近接方策最適化
            date: 2025-03-03
            ---
            クリップされた目的関数。

            -- content/posts/ppo.zh-TW.md --
            ---
            title: 近端策略最佳化
            date: 2025-03-04
            ---
            裁剪目標。

            """);

        Assert.Equal("ホーム", Page(site, "ja/index.html").One(".site-nav a").Text());
        Assert.Equal("首頁", Page(site, "zh-tw/index.html").One(".site-nav a").Text());
        Assert.Equal(["简体中文", "繁體中文", "English", "日本語"], Page(site, "ja/posts/ppo/index.html").All(".language-switch a").Select(a => a.Text()).ToList());
        Assert.Equal(["zh-CN", "zh-TW", "en", "ja", "x-default"], Alternates(site, "posts/ppo/index.html").Select(a => a.Lang).ToList());
    }

    [Fact]
    public void An_algorithms_caption_speaks_its_posts_language_from_the_themes_strings()
    {
        const string Fence = "```pseudocode\n\\begin{algorithm}\n\\caption{Sort}\n\\begin{algorithmic}\n\\State $x \\gets 1$\n\\end{algorithmic}\n\\end{algorithm}\n```\n";
        var site = Build($"-- content/posts/sort.md --\n---\ntitle: 排序\ndate: 2025-03-01\n---\n{Fence}\n-- content/posts/sort.en.md --\n---\ntitle: Sorting\ndate: 2025-03-01\n---\n{Fence}\n-- content/posts/sort.ja.md --\n---\ntitle: ソート\ndate: 2025-03-01\n---\n{Fence}\n");

        Assert.Equal("算法 1：", Page(site, "posts/sort/index.html").One(".pseudocode__tag").Text());
        Assert.Equal("Algorithm 1:", Page(site, "en/posts/sort/index.html").One(".pseudocode__tag").Text());
        Assert.Equal("アルゴリズム 1：", Page(site, "ja/posts/sort/index.html").One(".pseudocode__tag").Text());
    }

    [Fact]
    public void A_bundles_translation_shares_its_files_each_beside_its_own_page()
    {
        var site = BuiltSite.Build(Config + """
            -- content/posts/swin/index.md --
            ---
            title: 移位窗口
            date: 2025-03-01
            ---
            ![窗口](windows.svg)

            -- content/posts/swin/index.en.md --
            ---
            title: Shifted windows
            date: 2025-03-01
            ---
            ![Windows](windows.svg)

            -- content/posts/swin/windows.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"></svg>

            """).AssertSucceeded();

        Assert.True(site.Exists("posts/swin/windows.svg"));
        Assert.True(site.Exists("en/posts/swin/windows.svg"));
        Assert.Equal("/en/posts/swin/windows.svg", Page(site, "en/posts/swin/index.html").One(".post__content img").GetAttribute("src"));
        Assert.Contains(("zh-CN", "https://ink.example/posts/swin/"), Alternates(site, "en/posts/swin/index.html"));
    }

    [Theory]
    [InlineData("ja", "ホーム", "ja")]
    [InlineData("zh-TW", "首頁", "zh-TW")]
    [InlineData("zh-Hant", "首頁", "zh-TW")]
    public void A_site_written_in_japanese_or_traditional_chinese_has_that_languages_strings_and_tag(string language, string home, string tag)
    {
        var site = BuiltSite.Build($"""
            -- inkstone.yml --
            title: T
            base_url: https://ink.example/
            language: {language}
            -- content/posts/a.md --
            ---
            title: 二分探索
            date: 2025-03-01
            ---
            本文。
            """).AssertSucceeded();

        var page = Page(site, "posts/a/index.html");
        Assert.Equal(tag, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(home, page.One(".site-nav a").Text());
        Assert.False(site.Exists(tag.ToLowerInvariant() + "/index.html"));
    }

    [Fact]
    public void A_site_language_the_theme_has_no_strings_for_is_reported_with_the_languages_it_has()
    {
        var site = BuiltSite.Build("""
            -- inkstone.yml --
            title: T
            language: fr
            """);

        var problem = Assert.Single(site.Diagnostics, d => d.Message.Contains("language 'fr'", StringComparison.Ordinal));
        Assert.Equal(new SourceLocation("inkstone.yml", 2, 11), problem.Location);
        Assert.Contains("zh-CN, zh-TW, en, ja", problem.Hint, StringComparison.Ordinal);
    }
}
