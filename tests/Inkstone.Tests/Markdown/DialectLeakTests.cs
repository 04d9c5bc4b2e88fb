using Inkstone.Testing;

namespace Inkstone.Tests.Markdown;

/// <summary>
/// Pages of a Jekyll and an MkDocs site that use every kramdown and pymdownx form Inkstone reads: no reader sees the
/// syntax itself in the page's text outside code and math.
/// </summary>
public sealed class DialectLeakTests
{
    private static readonly string[] Markers = ["{:", "!!! ", "??? ", "=== \"", "--8<--", "\\begin{", "$$", "{::", "++"];

    [Fact]
    public void A_kramdown_post_shows_none_of_its_syntax()
    {
        var site = BuiltSite.Build("""
            -- _config.yml --
            title: Blog
            -- _posts/2025-01-01-a.md --
            ---
            title: A
            ---

            * TOC
            {:toc}

            {:quiet: .muted}

            ## 一 {#one}

            ## 二
            {: .no_toc}

            段落有 $$x^2$$ 和 *强调*{: .hl} 以及[链接](https://example.org){: quiet}。
            {: .lead}

            $$a+b$$

            | a | b |
            |---|---|
            | 1 | 2 |
            |===
            | 3 | 4 |
            {: .t}

            {::comment}
            注释
            {:/comment}

            {::options parse_block_html="true" /}

            \begin{equation}
            E = mc^2
            \end{equation}
            """);

        Assert.Empty(site.Diagnostics);
        var page = site.File("2025/01/01/a.html");
        Assert.Contains("toc--inline", page, StringComparison.Ordinal);
        Assert.Contains("<tfoot>", page, StringComparison.Ordinal);
        AssertNoMarkers(page);
    }

    [Fact]
    public void A_pymdownx_page_shows_none_of_its_syntax()
    {
        var site = BuiltSite.Build("""
            -- inkstone.yml --
            image_processing: false
            -- mkdocs.yml --
            site_name: Docs
            markdown_extensions:
              - admonition
              - pymdownx.details
              - pymdownx.tabbed
              - pymdownx.snippets
              - attr_list
              - md_in_html
              - pymdownx.keys
              - pymdownx.caret
            -- docs/parts/a.md --
            片段 $x$。
            -- docs/index.md --
            title: 首页

            !!! note "标题"
                内容 $y$。

            ??? warning
                折叠。

            ???+ tip
                展开。

            === "甲"
                !!! example
                    --8<-- "docs/parts/a.md"

            === "乙"
                按 ++ctrl+c++ 复制，^^插入^^。

            <div markdown="1">
            **粗体**
            </div>

            ![图](pic.png){ width="10" }
            -- docs/pic.png --
            """);

        Assert.Empty(site.Diagnostics);
        var page = site.File("index.html");
        Assert.Contains("片段", page, StringComparison.Ordinal);
        Assert.Contains("<kbd>Ctrl</kbd>", page, StringComparison.Ordinal);
        AssertNoMarkers(page);
    }

    private static void AssertNoMarkers(string page)
    {
        var content = Html.Parse(page).One(".e-content");
        foreach (var hidden in content.QuerySelectorAll("code, pre, math").ToList())
        {
            hidden.Remove();
        }

        var text = content.TextContent;
        Assert.All(Markers, marker => Assert.DoesNotContain(marker, text, StringComparison.Ordinal));
    }
}
