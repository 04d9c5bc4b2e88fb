using Inkstone.Testing;

namespace Inkstone.Tests.Importing;

/// <summary>A Hugo folder builds unchanged: paths, slugs, permalinks, bundles, aliases, languages and lists where Hugo put them.</summary>
public sealed class HugoSiteTests
{
    private const string Config = """
        -- hugo.toml --
        baseURL = "https://example.org/"
        title = "旧的 Hugo 博客"

        """;

    private static string Post(string path, string frontMatter = "", string body = "正文。", string title = "Hello World") => $"""
        -- content/{path} --
        ---
        title: {title}
        date: 2025-03-14T10:00:00Z
        {frontMatter}
        ---
        {body}

        """;

    private static BuiltSite Build(string site) => BuiltSite.Build(site).AssertSucceeded();

    [Fact]
    public void A_post_is_at_its_path_lower_cased()
    {
        var site = Build(Config + Post("posts/My-First-Post.md"));
        Assert.Contains("正文。", site.File("posts/my-first-post/index.html"));
    }

    [Fact]
    public void A_slug_replaces_the_file_name()
    {
        var site = Build(Config + Post("posts/My-First-Post.md", "slug: Custom-Slug"));
        Assert.True(site.Exists("posts/custom-slug/index.html"));
        Assert.False(site.Exists("posts/my-first-post/index.html"));
    }

    [Fact]
    public void A_url_is_the_address_as_written()
    {
        var site = Build(Config + Post("posts/a.md", "url: /special/Path/"));
        Assert.Contains("正文。", site.File("special/Path/index.html"));
    }

    [Fact]
    public void A_section_permalink_uses_the_slug_or_else_the_urlized_title()
    {
        var site = Build(Config + """
            [permalinks]
              posts = "/:year/:month/:slug/"

            """ + Post("posts/a.md", "slug: the-slug") + Post("posts/b.md", title: "Second Post Title"));
        Assert.True(site.Exists("2025/03/the-slug/index.html"));
        Assert.True(site.Exists("2025/03/second-post-title/index.html"));
        Assert.False(site.Exists("posts/b/index.html"));
    }

    [Fact]
    public void A_page_bundle_publishes_its_image_beside_the_post()
    {
        var site = Build(Config + Post("posts/bundle/index.md", body: "![封面](cover.png)") + """
            -- content/posts/bundle/cover.png --
            not really a png
            """);
        Assert.True(site.Exists("posts/bundle/cover.png"));
        var image = Html.Parse(site.File("posts/bundle/index.html")).One(".e-content img");
        Assert.Equal("/posts/bundle/cover.png", image.GetAttribute("src"));
    }

    [Fact]
    public void An_alias_is_a_redirect_page_to_the_post()
    {
        var site = Build(Config + Post("posts/moved.md", "aliases: [/old/address/]"));
        var redirect = Html.Parse(site.File("old/address/index.html"));
        Assert.Equal("0; url=/posts/moved/", redirect.One("meta[http-equiv=refresh]").GetAttribute("content"));
        Assert.Equal("https://example.org/posts/moved/", redirect.One("link[rel=canonical]").GetAttribute("href"));
        Assert.Equal("noindex", redirect.One("meta[name=robots]").GetAttribute("content"));
    }

    [Fact]
    public void A_second_language_has_its_own_home_and_tag_pages_and_stays_off_the_main_index()
    {
        var site = Build("""
            -- hugo.toml --
            baseURL = "https://example.org/"
            title = "双语"
            defaultContentLanguage = "zh"
            [languages.zh]
              weight = 1
            [languages.en]
              weight = 2

            """ + Post("posts/grpo.md", "tags: [强化学习]", "中文正文。", "中文标题") + Post("posts/grpo.en.md", "tags: [rl]", "English body.", "English title"));
        Assert.Contains("中文正文。", site.File("posts/grpo/index.html"));
        Assert.Contains("English body.", site.File("en/posts/grpo/index.html"));

        var home = Html.Parse(site.File("index.html")).All(".h-entry .p-name").Select(e => e.Text()).ToList();
        Assert.Equal(["中文标题"], home);
        var english = Html.Parse(site.File("en/index.html")).All(".h-entry .p-name").Select(e => e.Text()).ToList();
        Assert.Equal(["English title"], english);
        Assert.Equal(["English title"], Html.Parse(site.File("en/tags/rl/index.html")).All(".h-entry .p-name").Select(e => e.Text()));
        Assert.False(site.Exists("tags/rl/index.html"));

        // grpo.en.md translates grpo.md, as in Hugo: each links to the other.
        var alternates = Html.Parse(site.File("en/posts/grpo/index.html")).All("link[hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();
        Assert.Equal([("zh-CN", "https://example.org/posts/grpo/"), ("en", "https://example.org/en/posts/grpo/"), ("x-default", "https://example.org/posts/grpo/")], alternates);
    }

    [Fact]
    public void A_hugo_language_the_theme_has_no_strings_for_keeps_its_code_in_the_language_switch()
    {
        var site = Build("""
            -- hugo.toml --
            baseURL = "https://example.org/"
            title = "Bilingue"
            defaultContentLanguage = "en"
            [languages.en]
              weight = 1
            [languages.fr]
              weight = 2

            """ + Post("posts/tas.md", "", "A heap.", "Heaps") + Post("posts/tas.fr.md", "", "Un tas.", "Les tas"));

        Assert.Equal(["English", "fr"], Html.Parse(site.File("fr/posts/tas/index.html")).All(".language-switch a").Select(a => a.Text()).ToList());
        Assert.DoesNotContain(site.Diagnostics, d => d.Id == Inkstone.Diagnostics.DiagnosticIds.UnknownLanguage);
    }

    [Fact]
    public void Settings_are_read_from_config_default_with_params_in_their_own_file()
    {
        var site = Build("""
            -- config/_default/hugo.toml --
            baseURL = "https://example.org/"
            title = "分开的配置"
            languageCode = "en-us"
            -- config/_default/params.toml --
            description = "From params.toml"
            dateFormat = "Jan 2, 2006"

            """ + Post("posts/a.md"));
        var index = Html.Parse(site.File("index.html"));
        Assert.Contains("分开的配置", index.Title);
        Assert.Equal("From params.toml", index.One("meta[name=description]").GetAttribute("content"));
        Assert.Equal("Mar 14, 2025", index.One(".h-entry time.dt-published").Text());
    }

    [Fact]
    public void A_section_has_a_list_page()
    {
        var site = Build(Config + Post("posts/a.md") + """
            -- content/posts/_index.md --
            ---
            title: 文章
            ---
            """);
        var list = Html.Parse(site.File("posts/index.html"));
        Assert.Single(list.All(".h-entry"));
        Assert.Contains("文章", list.Title);
    }

    [Fact]
    public void The_rss_feed_keeps_hugo_s_address_index_xml()
    {
        var site = Build(Config + Post("posts/a.md"));
        var feed = System.Xml.Linq.XDocument.Parse(site.File("index.xml"));
        Assert.Equal("rss", feed.Root!.Name.LocalName);
        Assert.Contains("Hello World", site.File("index.xml"));
    }

    [Fact]
    public void Tags_c_plus_plus_c_sharp_and_c_are_three_pages_each_with_its_own_name()
    {
        var site = Build(Config + Post("posts/a.md", "tags: [c++, c#, c]"));
        Assert.Contains("c++", Html.Parse(site.File("tags/c++/index.html")).One("h1").Text());
        Assert.Contains("c#", Html.Parse(site.File("tags/c#/index.html")).One("h1").Text());
        Assert.Contains("c", Html.Parse(site.File("tags/c/index.html")).One("h1").Text());
        Assert.DoesNotContain(site.Diagnostics, d => d.Id == Inkstone.Diagnostics.DiagnosticIds.TermUrlCollision);
    }

    [Fact]
    public void A_link_to_the_c_sharp_tag_escapes_the_hash_so_it_is_not_read_as_a_fragment()
    {
        var site = Build(Config + Post("posts/a.md", "tags: [c#]"));
        var links = Html.Parse(site.File("posts/a/index.html")).All("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/tags/c%23/", links.Where(l => l!.StartsWith("/tags/c", StringComparison.Ordinal)));
        Assert.DoesNotContain("/tags/c#/", links);
    }
}
