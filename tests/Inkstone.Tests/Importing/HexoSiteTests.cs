using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Importing;

/// <summary>A Hexo folder builds unchanged: posts, pages, asset folders, nested categories and archives where Hexo put them.</summary>
public sealed class HexoSiteTests
{
    private static BuiltSite Build(string config, string files) =>
        BuiltSite.Build("-- _config.yml --\ntitle: 旧的 Hexo 博客\n" + config + "\n" + files);

    private static string Post(string path, string frontMatter, string body = "正文。") => $"""
        -- source/_posts/{path} --
        ---
        title: {Path.GetFileNameWithoutExtension(path)}
        date: 2025-03-14 10:00:00
        {frontMatter}
        ---
        {body}

        """;

    [Fact]
    public void The_default_permalink_is_the_date_and_the_path_under_posts_including_folders()
    {
        var site = Build("", Post("ml/grpo.md", "")).AssertSucceeded();
        Assert.Contains("正文。", site.File("2025/03/14/ml/grpo/index.html"));
    }

    [Fact]
    public void A_slug_in_front_matter_does_not_change_the_url_as_in_hexo()
    {
        var site = Build("", Post("hello.md", "slug: something-else")).AssertSucceeded();
        Assert.True(site.Exists("2025/03/14/hello/index.html"));
        Assert.False(site.Exists("2025/03/14/something-else/index.html"));
    }

    [Fact]
    public void A_permalink_in_front_matter_is_the_url()
    {
        var site = Build("", Post("hello.md", "permalink: /special/hello/")).AssertSucceeded();
        Assert.Contains("正文。", site.File("special/hello/index.html"));
        Assert.False(site.Exists("2025/03/14/hello/index.html"));
    }

    [Fact]
    public void An_asset_folder_is_published_under_the_post_and_its_images_resolve_there()
    {
        var site = Build("post_asset_folder: true", Post("heap.md", "", "![一棵树](img.png)") + """
            -- source/_posts/heap/img.png --
            not really a png
            """).AssertSucceeded();
        Assert.True(site.Exists("2025/03/14/heap/img.png"));
        var image = Html.Parse(site.File("2025/03/14/heap/index.html")).One(".e-content img");
        Assert.Equal("/2025/03/14/heap/img.png", image.GetAttribute("src"));
        Assert.DoesNotContain(site.Diagnostics, d => d.Id == DiagnosticIds.MissingImage);
    }

    [Fact]
    public void A_page_in_a_folder_is_at_the_folder_and_a_page_file_ends_in_html()
    {
        var site = Build("", Post("a.md", "") + """
            -- source/about/index.md --
            ---
            title: 关于
            ---
            关于我。
            -- source/foo.md --
            ---
            title: Foo
            ---
            福。
            """).AssertSucceeded();
        Assert.Contains("关于我。", site.File("about/index.html"));
        Assert.Contains("福。", site.File("foo.html"));
    }

    [Fact]
    public void Nested_categories_have_a_page_for_the_parent_and_for_the_child()
    {
        var site = Build("", Post("dp.md", "categories: [算法, 动态规划]")).AssertSucceeded();
        Assert.Contains("dp", Html.Parse(site.File("categories/算法/index.html")).One(".h-entry .p-name").Text());
        Assert.Contains("dp", Html.Parse(site.File("categories/算法/动态规划/index.html")).One(".h-entry .p-name").Text());
    }

    [Fact]
    public void Tag_dir_and_category_dir_move_the_term_pages()
    {
        var site = Build("tag_dir: t\ncategory_dir: c", Post("a.md", "tags: [heap]\ncategories: [Algo]")).AssertSucceeded();
        Assert.True(site.Exists("t/heap/index.html"));
        Assert.True(site.Exists("c/Algo/index.html"));
        Assert.False(site.Exists("tags/heap/index.html"));
    }

    [Fact]
    public void The_navigation_links_to_the_term_lists_where_tag_dir_and_category_dir_put_them()
    {
        var site = Build("tag_dir: t\ncategory_dir: c", Post("a.md", "tags: [heap]\ncategories: [Algo]")).AssertSucceeded();
        var nav = Html.Parse(site.File("index.html")).All("header nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/t/", nav);
        Assert.Contains("/c/", nav);
        Assert.True(site.Exists("t/index.html"));
        Assert.True(site.Exists("c/index.html"));
    }

    [Fact]
    public void C_keeps_hexo_s_tag_url_and_c_plus_plus_and_c_sharp_get_their_own_with_a_warning_each()
    {
        var site = Build("", Post("a.md", "tags: [C++, C#, C]")).AssertSucceeded();
        Assert.Contains("C", Html.Parse(site.File("tags/C/index.html")).One("h1").Text());
        var cpp = Html.Parse(site.File("tags/cpp/index.html")).One("h1").Text();
        var csharp = Html.Parse(site.File("tags/csharp/index.html")).One("h1").Text();
        Assert.Contains("C++", cpp);
        Assert.Contains("C#", csharp);
        var collisions = site.Diagnostics.Where(d => d.Id == DiagnosticIds.TermUrlCollision).ToList();
        Assert.Equal(2, collisions.Count);
        Assert.All(collisions, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains(collisions, d => d.Message.Contains("'C++'", StringComparison.Ordinal) && d.Message.Contains("/tags/C/", StringComparison.Ordinal));
        Assert.Contains(collisions, d => d.Message.Contains("'C#'", StringComparison.Ordinal) && d.Message.Contains("/tags/C/", StringComparison.Ordinal));
    }

    [Fact]
    public void Posts_are_archived_by_year_and_by_month()
    {
        var site = Build("", Post("a.md", "") + """
            -- source/_posts/old.md --
            ---
            title: Old
            date: 2024-07-01
            ---
            旧。
            """).AssertSucceeded();
        Assert.Single(Html.Parse(site.File("archives/2025/index.html")).All(".h-entry"));
        Assert.Single(Html.Parse(site.File("archives/2025/03/index.html")).All(".h-entry"));
        Assert.True(site.Exists("archives/2024/07/index.html"));
        Assert.False(site.Exists("archives/2024/03/index.html"));
    }

    [Fact]
    public void A_split_archive_links_its_years_to_hexo_s_year_lists_which_keep_their_addresses_and_pages()
    {
        var site = Build("per_page: 1", Post("a.md", "") + Post("b.md", "") + Post("c.md", "") + """
            -- inkstone.yml --
            archive: { per_page: 2 }
            """).AssertSucceeded();

        Assert.Empty(Html.Parse(site.File("archives/index.html")).All(".h-entry"));
        Assert.Contains("/archives/2025/", Html.Parse(site.File("archives/index.html")).All(".archive-years a").Select(a => a.GetAttribute("href")));
        Assert.Single(Html.Parse(site.File("archives/2025/index.html")).All(".h-entry"));
        Assert.Single(Html.Parse(site.File("archives/2025/page/3/index.html")).All(".h-entry"));
    }

    [Fact]
    public void The_theme_s_menu_is_read_from_its_config_file()
    {
        var site = Build("theme: next", Post("a.md", "") + """
            -- _config.next.yml --
            menu:
              home: / || fa fa-home
              about: /about/ || fa fa-user
              archives: /archives/ || fa fa-archive
            """).AssertSucceeded();
        var links = Html.Parse(site.File("index.html")).All("header nav a").Select(a => (a.Text(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("About", "/about/"), links);
        Assert.Contains(("Archives", "/archives/"), links);
    }

    [Fact]
    public void A_moment_date_format_is_how_cards_show_dates()
    {
        var site = Build("date_format: YYYY年M月D日", Post("a.md", "")).AssertSucceeded();
        Assert.Equal("2025年3月14日", Html.Parse(site.File("index.html")).One(".h-entry time.dt-published").Text());
    }
}
