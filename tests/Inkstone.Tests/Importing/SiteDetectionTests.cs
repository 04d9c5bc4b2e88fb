using Inkstone.Content;
using Inkstone.Diagnostics;
using Inkstone.Importing;
using Inkstone.Testing;

namespace Inkstone.Tests.Importing;

/// <summary>A folder laid out for Jekyll, Hexo, Hugo or MkDocs builds without an inkstone.yml; one added later overrides settings, not the layout.</summary>
public sealed class SiteDetectionTests
{
    private const string JekyllSite = """
        -- _config.yml --
        title: 旧的 Jekyll 博客
        url: https://old.example.org
        -- _posts/2025-03-14-hello.md --
        ---
        title: Hello
        ---
        正文。
        """;

    [Fact]
    public void A_folder_with_config_yml_and_posts_is_read_as_jekyll()
    {
        var files = InlineSite.Parse(JekyllSite);
        Assert.Equal(SiteEngine.Jekyll, SiteDetector.Detect(files));

        var site = BuiltSite.Build(files).AssertSucceeded();
        Assert.Contains("正文。", site.File("2025/03/14/hello.html"));
        Assert.Contains("旧的 Jekyll 博客", Html.Parse(site.File("index.html")).Title);
    }

    [Fact]
    public void A_folder_with_config_yml_and_source_posts_is_read_as_hexo()
    {
        var files = InlineSite.Parse("""
            -- _config.yml --
            title: 旧的 Hexo 博客
            -- source/_posts/hello.md --
            ---
            title: Hello
            date: 2025-03-14 10:00:00
            ---
            正文。
            """);
        Assert.Equal(SiteEngine.Hexo, SiteDetector.Detect(files));

        var site = BuiltSite.Build(files).AssertSucceeded();
        Assert.Contains("正文。", site.File("2025/03/14/hello/index.html"));
    }

    [Fact]
    public void A_folder_with_hugo_toml_is_read_as_hugo()
    {
        var files = InlineSite.Parse("""
            -- hugo.toml --
            title = "旧的 Hugo 博客"
            -- content/posts/Hello-World.md --
            ---
            title: Hello
            date: 2025-03-14
            ---
            正文。
            """);
        Assert.Equal(SiteEngine.Hugo, SiteDetector.Detect(files));

        var site = BuiltSite.Build(files).AssertSucceeded();
        Assert.Contains("正文。", site.File("posts/hello-world/index.html"));
        Assert.True(site.Exists("index.xml"));
    }

    [Fact]
    public void A_folder_with_config_toml_and_content_is_read_as_hugo()
    {
        var files = InlineSite.Parse("""
            -- config.toml --
            title = "旧的 Hugo 博客"
            -- content/posts/hello.md --
            ---
            title: Hello
            date: 2025-03-14
            ---
            正文。
            """);
        Assert.Equal(SiteEngine.Hugo, SiteDetector.Detect(files));
    }

    [Fact]
    public void A_folder_with_mkdocs_yml_is_read_as_mkdocs()
    {
        var files = InlineSite.Parse("""
            -- mkdocs.yml --
            site_name: 旧的文档
            -- docs/index.md --
            # 首页

            欢迎。
            -- docs/guide/setup.md --
            # 安装

            步骤。
            """);
        Assert.Equal(SiteEngine.MkDocs, SiteDetector.Detect(files));

        var site = BuiltSite.Build(files).AssertSucceeded();
        Assert.Contains("步骤。", site.File("guide/setup/index.html"));
    }

    [Fact]
    public void Inkstone_yml_overrides_the_imported_title_and_base_url_while_the_folder_is_still_read_as_jekyll()
    {
        var files = InlineSite.Parse(JekyllSite + "\n" + """
            -- inkstone.yml --
            title: 新名字
            base_url: https://new.example.org/blog/
            """);
        Assert.Equal(SiteEngine.Jekyll, SiteDetector.Detect(files));

        var site = BuiltSite.Build(files).AssertSucceeded();
        var post = Html.Parse(site.File("2025/03/14/hello.html"));
        Assert.Contains("新名字", post.Title);
        Assert.DoesNotContain("旧的 Jekyll 博客", post.Title);
        Assert.Equal("https://new.example.org/blog/2025/03/14/hello.html", post.One("link[rel=canonical]").GetAttribute("href"));
        var card = Html.Parse(site.File("index.html")).One(".h-entry a.u-url");
        Assert.Equal("/blog/2025/03/14/hello.html", card.GetAttribute("href"));
    }

    [Fact]
    public void From_hugo_in_inkstone_yml_reads_the_folder_as_hugo()
    {
        const string Site = """
            -- inkstone.yml --
            title: 声明
            {0}
            -- content/posts/Hello.md --
            ---
            title: Hello
            date: 2025-03-14
            ---
            正文。
            """;
        var declared = InlineSite.Parse(Site.Replace("{0}", "from: hugo", StringComparison.Ordinal));
        Assert.Equal(SiteEngine.Hugo, SiteDetector.Detect(declared, SiteEngine.Hugo));
        var hugo = BuiltSite.Build(declared).AssertSucceeded();
        Assert.True(hugo.Exists("index.xml"));
        Assert.True(hugo.Exists("posts/index.html"));

        var own = BuiltSite.Build(InlineSite.Parse(Site.Replace("{0}", "", StringComparison.Ordinal))).AssertSucceeded();
        Assert.False(own.Exists("index.xml"));
        Assert.False(own.Exists("posts/index.html"));
    }

    [Fact]
    public void An_unknown_engine_in_from_is_reported_at_its_line()
    {
        var site = BuiltSite.Build("""
            -- inkstone.yml --
            title: 声明
            from: wordpress
            -- content/posts/a.md --
            ---
            title: A
            date: 2025-03-14
            ---
            正文。
            """);
        var error = Assert.Single(site.Errors);
        Assert.Equal(DiagnosticIds.ConfigInvalidValue, error.Id);
        Assert.Equal("inkstone.yml", error.Location.Path);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("wordpress", error.Message);
        Assert.Contains("hugo", error.Hint);
    }

    [Fact]
    public void A_folder_that_is_no_site_of_any_engine_is_reported_as_missing_its_configuration()
    {
        var site = BuiltSite.Build("""
            -- notes/a.md --
            # 只是一些笔记
            -- readme.txt --
            nothing here
            """);
        var error = Assert.Single(site.Errors);
        Assert.Equal(DiagnosticIds.ConfigMissing, error.Id);
        Assert.Contains("Jekyll, Hexo, Hugo or MkDocs", error.Message);
        Assert.Empty(site.Output.Files);
    }
}
