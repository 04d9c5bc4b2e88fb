using Inkstone.Building;
using Inkstone.Testing;

namespace Inkstone.Tests.Importing;

/// <summary>An MkDocs folder builds unchanged: every page at its path, nav titles and menu, and Material's blog posts.</summary>
public sealed class MkDocsSiteTests
{
    private const string Pages = """
        -- docs/index.md --
        # 欢迎

        这是文档首页。
        -- docs/a/b.md --
        # B 页

        B 的内容。
        -- docs/guide/README.md --
        # 指南

        指南的内容。

        """;

    private static BuiltSite Build(string config, string files = Pages, BuildOptions? options = null) =>
        BuiltSite.Build("-- mkdocs.yml --\nsite_name: 文档\n" + config + "\n" + files, options).AssertSucceeded();

    [Fact]
    public void A_page_is_at_its_path_as_a_folder()
    {
        var site = Build("");
        Assert.Contains("B 的内容。", site.File("a/b/index.html"));
    }

    [Fact]
    public void A_readme_is_the_page_of_its_folder()
    {
        var site = Build("");
        Assert.Contains("指南的内容。", site.File("guide/index.html"));
        Assert.False(site.Exists("guide/README/index.html"));
    }

    [Fact]
    public void Without_directory_urls_a_page_ends_in_html()
    {
        var site = Build("use_directory_urls: false");
        Assert.Contains("B 的内容。", site.File("a/b.html"));
        Assert.False(site.Exists("a/b/index.html"));
    }

    [Fact]
    public void A_title_in_nav_wins_over_the_page_s_heading()
    {
        var site = Build("""
            nav:
              - 首页: index.md
              - 安装说明: a/b.md
            """);
        Assert.Contains("安装说明", Html.Parse(site.File("a/b/index.html")).Title);
    }

    [Fact]
    public void The_top_level_nav_entries_are_the_menu_and_a_section_links_to_its_first_page()
    {
        var site = Build("""
            nav:
              - 首页: index.md
              - 指南:
                  - guide/README.md
                  - 细节: a/b.md
              - GitHub: https://github.com/example/docs
            """);
        var links = Html.Parse(site.File("a/b/index.html")).All("header nav a").Select(a => (a.Text(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("首页", "/"), links);
        Assert.Contains(("指南", "/guide/"), links);
        Assert.Contains(("GitHub", "https://github.com/example/docs"), links);
    }

    [Fact]
    public void The_index_page_is_the_home_page_when_there_are_no_posts()
    {
        var site = Build("");
        Assert.Contains("这是文档首页。", site.File("index.html"));
    }

    [Fact]
    public void A_page_marked_as_a_draft_is_still_published_as_mkdocs_does()
    {
        var site = Build("", Pages + """
            -- docs/wip.md --
            ---
            draft: true
            ---
            # 未完成

            还在写。
            """);
        Assert.Contains("还在写。", site.File("wip/index.html"));
    }

    [Fact]
    public void With_the_blog_plugin_posts_are_at_blog_date_slug()
    {
        var site = Build("plugins:\n  - search\n  - blog", Pages + """
            -- docs/blog/index.md --
            # 博客
            -- docs/blog/posts/hello.md --
            ---
            date: 2025-03-14
            ---
            # Hello World

            第一篇。
            """);
        Assert.Contains("第一篇。", site.File("blog/2025/03/14/hello-world/index.html"));
        Assert.Contains("Hello World", Html.Parse(site.File("blog/index.html")).One(".h-entry .p-name").Text());
    }

    [Fact]
    public void With_the_blog_plugin_a_post_dated_with_created_is_at_that_date()
    {
        var site = Build("plugins:\n  - blog", Pages + """
            -- docs/blog/posts/hello.md --
            ---
            date:
              created: 2025-03-14
              updated: 2025-04-01
            ---
            # Hello World

            第一篇。
            """);
        Assert.Contains("第一篇。", site.File("blog/2025/03/14/hello-world/index.html"));
    }

    [Fact]
    public void With_the_blog_plugin_docs_index_is_still_the_home_page_and_the_blog_index_lists_the_posts()
    {
        var site = Build("plugins:\n  - blog", Pages + """
            -- docs/blog/index.md --
            # 博客
            -- docs/blog/posts/hello.md --
            ---
            date: 2025-03-14
            ---
            # Hello World

            第一篇。
            """);
        Assert.Contains("这是文档首页。", site.File("index.html"));
        Assert.Contains("Hello World", Html.Parse(site.File("blog/index.html")).One(".h-entry .p-name").Text());
    }
}
