using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Importing;

/// <summary>A site brought from another engine keeps that engine's heading ids, so the #anchors readers link to still land.</summary>
public sealed class HeadingIdStyleTests
{
    private static IReadOnlyList<string?> HeadingIds(BuiltSite site, string path) =>
        Html.Parse(site.File(path)).All("main h2").Select(h => h.GetAttribute("id")).ToList();

    private static BuiltSite Jekyll(string body, string config = "") => BuiltSite.Build($"""
        -- _config.yml --
        title: kramdown
        {config}
        -- _posts/2025-03-14-ids.md --
        ---
        title: Ids
        ---
        {body}
        """).AssertSucceeded();

    [Fact]
    public void Jekyll_headings_get_the_ids_of_kramdowns_gfm_parser_which_jekyll_uses_by_default()
    {
        var site = Jekyll("""
            ## 1. Intro

            ## 建堆

            ## Intro

            ## Hello, World!

            ## Intro
            """);
        Assert.Equal(["1-intro", "建堆", "intro", "hello-world", "intro-1"], HeadingIds(site, "2025/03/14/ids.html"));
    }

    [Fact]
    public void Jekyll_headings_get_kramdowns_own_ids_when_the_site_reads_kramdown_input()
    {
        var site = Jekyll("""
            ## 1. Intro

            ## 建堆

            ## Intro

            ## Hello, World!
            """, "kramdown: { input: kramdown }");
        Assert.Equal(["intro", "section", "intro-1", "hello-world"], HeadingIds(site, "2025/03/14/ids.html"));
    }

    [Fact]
    public void An_old_kramdown_anchor_to_a_chinese_heading_still_lands()
    {
        var site = Jekyll("""
            见[建堆](#section)。

            ## 建堆
            """, "kramdown: { input: kramdown }");
        Assert.DoesNotContain(site.Diagnostics, d => d.Id is DiagnosticIds.MissingAnchor or DiagnosticIds.AnchorCase);
    }

    [Fact]
    public void Hugo_headings_get_github_ids_with_chinese_kept()
    {
        var site = BuiltSite.Build("""
            -- hugo.toml --
            title = "goldmark"
            -- content/posts/ids.md --
            ---
            title: Ids
            date: 2025-03-14
            ---
            ## Hello World!

            ## 建堆 方法

            ## Hello World!
            """).AssertSucceeded();
        Assert.Equal(["hello-world", "建堆-方法", "hello-world-1"], HeadingIds(site, "posts/ids/index.html"));
    }

    [Fact]
    public void Hexo_headings_keep_their_case()
    {
        var site = BuiltSite.Build("""
            -- _config.yml --
            title: marked
            -- source/_posts/ids.md --
            ---
            title: Ids
            date: 2025-03-14
            ---
            ## Hello World

            ## 动态规划 入门
            """).AssertSucceeded();
        Assert.Equal(["Hello-World", "动态规划-入门"], HeadingIds(site, "2025/03/14/ids/index.html"));
    }

    [Fact]
    public void Mkdocs_headings_get_python_markdown_ids()
    {
        var site = BuiltSite.Build("""
            -- mkdocs.yml --
            site_name: toc
            -- docs/ids.md --
            # Ids

            ## Hello World

            ## 建堆

            ## Hello World

            ## 堆排序
            """).AssertSucceeded();
        Assert.Equal(["hello-world", "_1", "hello-world_1", "_2"], HeadingIds(site, "ids/index.html"));
    }
}
