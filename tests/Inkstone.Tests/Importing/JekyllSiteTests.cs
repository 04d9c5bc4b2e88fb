using Inkstone.Building;
using Inkstone.Testing;

namespace Inkstone.Tests.Importing;

/// <summary>A Jekyll folder builds unchanged, each post, page and document at the address Jekyll gave it.</summary>
public sealed class JekyllSiteTests
{
    private const string Post = """
        -- _posts/2025-03-14-Hello-World.md --
        ---
        title: Hello World
        categories: [ML]
        ---
        第一段。

        第二段。

        """;

    private static BuiltSite Build(string config, string files = "", BuildOptions? options = null) =>
        BuiltSite.Build("-- _config.yml --\ntitle: 旧博客\n" + config + "\n" + Post + files, options).AssertSucceeded();

    [Fact]
    public void The_date_style_is_the_default_with_categories_first_and_an_html_ending()
    {
        var site = Build("");
        Assert.Contains("第一段。", site.File("ml/2025/03/14/Hello-World.html"));
    }

    [Fact]
    public void The_pretty_style_ends_in_a_folder()
    {
        var site = Build("permalink: pretty");
        Assert.True(site.Exists("ml/2025/03/14/Hello-World/index.html"));
    }

    [Fact]
    public void The_ordinal_style_numbers_the_day_of_the_year()
    {
        var site = Build("permalink: ordinal");
        Assert.True(site.Exists("ml/2025/073/Hello-World.html"));
    }

    [Fact]
    public void The_none_style_has_only_categories_and_title()
    {
        var site = Build("permalink: none");
        Assert.True(site.Exists("ml/Hello-World.html"));
    }

    [Fact]
    public void A_custom_pattern_expands_its_placeholders()
    {
        var site = Build("permalink: /blog/:year/:month/:title/");
        Assert.True(site.Exists("blog/2025/03/Hello-World/index.html"));
    }

    [Fact]
    public void Title_keeps_the_case_of_the_file_name_and_slug_lowers_it()
    {
        Assert.True(Build("permalink: /:title/").Exists("Hello-World/index.html"));
        Assert.True(Build("permalink: /:slug/").Exists("hello-world/index.html"));
    }

    [Fact]
    public void Categories_are_lower_cased_joined_by_slashes_with_spaces_kept_and_the_folder_above_posts_first()
    {
        var site = BuiltSite.Build("""
            -- _config.yml --
            title: 旧博客
            -- ml/_posts/2025-03-14-grpo.md --
            ---
            title: GRPO
            categories: [Deep Learning, NLP]
            ---
            正文。
            """).AssertSucceeded();
        Assert.Contains("正文。", site.File("ml/deep learning/nlp/2025/03/14/grpo.html"));
    }

    [Fact]
    public void A_permalink_in_front_matter_wins_and_may_use_placeholders()
    {
        var site = Build("permalink: pretty", """
            -- _posts/2025-03-15-Moved.md --
            ---
            title: Moved
            permalink: /notes/:year/:title/
            ---
            搬走了。
            """);
        Assert.Contains("搬走了。", site.File("notes/2025/Moved/index.html"));
        Assert.False(site.Exists("2025/03/15/Moved/index.html"));
    }

    [Fact]
    public void A_page_is_at_its_path_with_html_under_the_date_style()
    {
        var site = Build("", """
            -- about.md --
            ---
            title: 关于
            ---
            关于我。
            """);
        Assert.Contains("关于我。", site.File("about.html"));
    }

    [Fact]
    public void A_page_is_a_folder_under_the_pretty_style()
    {
        var site = Build("permalink: pretty", """
            -- about.md --
            ---
            title: 关于
            ---
            关于我。
            """);
        Assert.Contains("关于我。", site.File("about/index.html"));
    }

    [Fact]
    public void A_collection_with_output_is_published_at_its_permalink_and_one_without_is_not()
    {
        var site = Build("""
            collections:
              notes:
                output: true
                permalink: /:collection/:path/
              recipes:
                output: false
            """, """
            -- _notes/Linear-Algebra.md --
            ---
            title: 线性代数
            ---
            矩阵。
            -- _recipes/tea.md --
            ---
            title: 茶
            ---
            泡茶的秘方。
            """);
        Assert.Contains("矩阵。", site.File("notes/Linear-Algebra/index.html"));
        Assert.DoesNotContain(site.Output.Files.Keys, p => p.Contains("tea", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Output.Files.Keys, p => site.Output.ReadText(p)?.Contains("泡茶的秘方", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Drafts_are_published_only_when_drafts_are_included()
    {
        const string Draft = """
            -- _drafts/Work-In-Progress.md --
            ---
            title: 草稿
            date: 2025-03-20
            ---
            还没写完。
            """;
        Assert.False(Build("", Draft).Exists("2025/03/20/Work-In-Progress.html"));
        var withDrafts = Build("", Draft, new BuildOptions { IncludeDrafts = true });
        Assert.Contains("还没写完。", withDrafts.File("2025/03/20/Work-In-Progress.html"));
    }

    [Fact]
    public void A_markdown_file_without_front_matter_is_copied_as_it_is()
    {
        var site = Build("", """
            -- notes.md --
            # Plain notes

            Not a page.
            """);
        Assert.Equal("# Plain notes\n\nNot a page.\n", site.File("notes.md"));
        Assert.False(site.Exists("notes.html"));
    }

    [Fact]
    public void Underscore_folders_are_not_copied_and_other_folders_are()
    {
        var site = Build("", """
            -- _data/authors.yml --
            me: 我
            -- _includes/head.html --
            <meta name="x">
            -- _layouts/default.html --
            {{ content }}
            -- assets/css/site.css --
            body { color: black; }
            """);
        Assert.True(site.Exists("assets/css/site.css"));
        Assert.DoesNotContain(site.Output.Files.Keys, p => p.StartsWith('_') || p.Contains("/_", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Output.Files.Keys, p => p.Contains("authors", StringComparison.Ordinal) || p.Contains("head.html", StringComparison.Ordinal));
    }

    [Fact]
    public void Excluded_files_and_folders_are_neither_copied_nor_published()
    {
        var site = Build("exclude: [private, README.md]", """
            -- private/secret.txt --
            密码
            -- private/plan.md --
            ---
            title: 计划
            ---
            秘密计划。
            -- README.md --
            ---
            title: Readme
            ---
            仓库说明。
            -- public.txt --
            公开
            """);
        Assert.True(site.Exists("public.txt"));
        Assert.DoesNotContain(site.Output.Files.Keys, p => p.StartsWith("private", StringComparison.Ordinal) || p.StartsWith("README", StringComparison.Ordinal));
    }

    [Fact]
    public void Paginate_and_paginate_path_put_the_second_page_at_page2()
    {
        var site = Build("paginate: 1\npaginate_path: \"/page:num/\"", """
            -- _posts/2025-03-15-second.md --
            ---
            title: Second
            ---
            二。
            """);
        Assert.True(site.Exists("page2/index.html"));
        Assert.False(site.Exists("page/2/index.html"));
        Assert.Equal("/page2/", Html.Parse(site.File("index.html")).One("a[rel=next]").GetAttribute("href"));
    }

    [Fact]
    public void The_jekyll_feed_plugin_keeps_its_feed_at_feed_xml()
    {
        var site = Build("plugins: [jekyll-feed]");
        var feed = System.Xml.Linq.XDocument.Parse(site.File("feed.xml"));
        Assert.Equal("feed", feed.Root!.Name.LocalName);
        Assert.Contains("Hello World", site.File("feed.xml"));
    }

    [Fact]
    public void The_excerpt_is_the_first_paragraph()
    {
        var site = Build("");
        var excerpt = Html.Parse(site.File("index.html")).One(".h-entry .p-summary");
        Assert.Equal("第一段。", excerpt.Text());
    }

    [Fact]
    public void Minima_date_format_is_how_cards_show_dates()
    {
        var site = Build("lang: en\nminima:\n  date_format: \"%b %-d, %Y\"");
        var date = Html.Parse(site.File("index.html")).One(".h-entry time.dt-published");
        Assert.Equal("Mar 14, 2025", date.Text());
        Assert.StartsWith("2025-03-14", date.GetAttribute("datetime"));
    }

    [Fact]
    public void An_image_written_with_site_baseurl_as_jekyll_posts_write_it_resolves_under_the_base_path()
    {
        var site = Build("baseurl: /notes", """
            -- assets/a.png --
            not really a png
            -- _posts/2025-03-15-liquid.md --
            ---
            title: Liquid
            ---
            ![示意图]({{ site.baseurl }}/assets/a.png)
            """);
        var page = site.File("2025/03/15/liquid.html");
        Assert.DoesNotContain("{{ site.baseurl }}", page);
        Assert.Equal("/notes/assets/a.png", Html.Parse(page).One(".e-content img").GetAttribute("src"));
    }
}
