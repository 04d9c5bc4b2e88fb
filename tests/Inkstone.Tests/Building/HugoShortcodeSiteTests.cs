using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

/// <summary>Hugo's shortcodes in whole sites: what cannot be run is named at its place, and no raw shortcode reaches a reader.</summary>
public sealed class HugoShortcodeSiteTests
{
    private static BuiltSite Build(string body) => BuiltSite.Build($$$"""
        -- hugo.toml --
        title = "短代码"
        baseURL = "https://example.org/"
        theme = "book"
        [params]
        author = "林墨"
        -- themes/book/layouts/shortcodes/columns.html --
        <div class="book-columns">{{ .Inner }}</div>
        -- layouts/shortcodes/price.html --
        <span>{{ .Get 0 }}</span>
        -- content/posts/other.md --
        +++
        title = "Other"
        date = 2025-01-01
        +++
        ## 小节
        -- content/posts/a/pixel.png --
        -- content/posts/a/index.md --
        +++
        title = "A"
        date = 2025-03-14
        +++
        {{{body}}}
        """);

    private static string VisibleText(BuiltSite site, string path = "posts/a/index.html")
    {
        var content = Html.Parse(site.File(path)).One(".e-content");
        foreach (var hidden in content.QuerySelectorAll("pre, code, math").ToList())
        {
            hidden.Remove();
        }

        return content.TextContent;
    }

    [Fact]
    public void A_shortcode_Inkstone_does_not_know_is_one_warning_at_its_tag_and_what_it_encloses_is_shown()
    {
        var site = Build("""
            前言。

            {{< gallery dir="img" >}}
            **图集**说明。
            {{< /gallery >}}
            """).AssertSucceeded();
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.UnknownShortcode, warning.Id);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(("content/posts/a/index.md", 7, 1), (warning.Location.Path, warning.Location.Line, warning.Location.Column));
        Assert.Contains("<strong>图集</strong>说明。", site.File("posts/a/index.html"));
    }

    [Fact]
    public void A_shortcode_of_the_site_or_its_theme_is_named_with_its_template_and_reported_as_not_run()
    {
        var site = Build("""
            价格 {{< price 42 >}}。

            {{< columns >}}
            左栏。
            {{< /columns >}}
            """).AssertSucceeded();
        Assert.Collection(site.Diagnostics,
            price =>
            {
                Assert.Equal(DiagnosticIds.ShortcodeNotRun, price.Id);
                Assert.Equal((5, 4), (price.Location.Line, price.Location.Column));
                Assert.Contains("layouts/shortcodes/price.html", price.Message);
                Assert.Contains("does not run", price.Message);
            },
            columns =>
            {
                Assert.Equal(DiagnosticIds.ShortcodeNotRun, columns.Id);
                Assert.Equal((7, 1), (columns.Location.Line, columns.Location.Column));
                Assert.Contains("themes/book/layouts/shortcodes/columns.html", columns.Message);
            });
        Assert.Contains("<p>左栏。</p>", site.File("posts/a/index.html"));
    }

    [Fact]
    public void Broken_shortcode_syntax_is_one_warning_at_its_line_and_column_and_the_rest_is_shown()
    {
        var site = Build("""
            第一段。

            文字 {{< figure src="pixel.png" alt="像素"

            第二段 {{< relref "other" >}}。
            """).AssertSucceeded();
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.ShortcodeSyntax, warning.Id);
        Assert.Equal((7, 4), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("never closed", warning.Message);
        Assert.Contains("第二段 /posts/other/。", VisibleText(site));
    }

    [Fact]
    public void A_template_action_among_a_shortcodes_parameters_is_one_warning_and_the_build_goes_on()
    {
        // The fuzzer's finding: '{{' stopped a parameter before its first character, and the reader read empty parameters for ever.
        var site = Build("""
            前 {{< 标题 {{ .Title }} >}} 后。

            下一段。
            """).AssertSucceeded();
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.ShortcodeSyntax, warning.Id);
        Assert.Equal((5, 3), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("'{{' inside '{{< 标题'", warning.Message);
        Assert.Contains("下一段。", VisibleText(site));
        Assert.DoesNotContain("{{<", VisibleText(site));
    }

    [Fact]
    public void An_end_tag_that_closes_over_an_open_shortcode_is_one_warning()
    {
        var site = Build("""
            {{< tabs "t" >}}
            {{< tab "一" >}}
            内容。
            {{< /tabs >}}
            {{< /tab >}}
            """).AssertSucceeded();
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.ShortcodeSyntax, warning.Id);
        Assert.Equal((8, 1), (warning.Location.Line, warning.Location.Column));
    }

    [Fact]
    public void A_problem_after_a_shortcode_that_adds_lines_is_reported_at_the_line_the_writer_wrote()
    {
        var site = Build("""
            {{< tabs "t" >}}{{< tab "一" >}}甲{{< /tab >}}{{< tab "二" >}}乙{{< /tab >}}{{< /tabs >}}

            见[缺失](nowhere.md)。
            """).AssertSucceeded();
        var broken = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.BrokenLink, broken.Id);
        Assert.Equal(7, broken.Location.Line);
    }

    [Fact]
    public void A_ref_to_a_page_that_is_not_there_is_a_broken_link_at_the_shortcode()
    {
        var site = Build("""见[那篇]({{< ref "posts/nowhere.md" >}})。""").AssertSucceeded();
        var broken = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.BrokenLink, broken.Id);
        Assert.Equal((5, 7), (broken.Location.Line, broken.Location.Column));
        Assert.Contains("posts/nowhere.md", broken.Message);
    }

    [Fact]
    public void Shortcodes_in_a_blockquote_and_a_list_stay_where_they_were_written()
    {
        var site = Build("""
            > {{< hint info >}}
            > 引用里的提示。
            > {{< /hint >}}
            >
            > {{< math >}}
            > x^2
            > {{< /math >}}

            - 项目

              {{< highlight python >}}
              x = 1
              {{< /highlight >}}
            """).AssertSucceeded();
        Assert.Empty(site.Diagnostics);
        var page = Html.Parse(site.File("posts/a/index.html"));
        Assert.Equal("引用里的提示。", page.One("blockquote .callout .callout__body").Text());
        Assert.Equal("x = 1", page.One("li .code-block code").Text());
        Assert.Equal("x^2", page.One("blockquote .math-display annotation").Text());
    }

    [Fact]
    public void No_raw_shortcode_reaches_the_visible_text_of_a_page_that_uses_every_form()
    {
        var site = Build("""
            {{< figure src="pixel.png" alt="像素" caption="图" >}}
            {{< highlight go >}}
            x := "{{< not-a-shortcode >}}"
            {{< /highlight >}}
            行内 {{< highlight go "hl_inline=true" >}}x{{< /highlight >}}，[链接]({{< relref "other#小节" >}})，{{< param "author" >}}。

            {{< details summary="细节" >}}细节。{{< /details >}}
            {{< tabs items="A,B" >}}{{< tab >}}甲{{< /tab >}}{{< tab >}}乙{{< /tab >}}{{< /tabs >}}
            {{% hint danger %}}危险{{% /hint %}}
            {{< alert color="warning" >}}注意{{< /alert >}}
            {{< admonition note "标题" >}}内容{{< /admonition >}}
            {{% notice tip %}}提示{{% /notice %}}
            {{< callout type="info" >}}说明{{< /callout >}}
            {{< math >}}x^2{{< /math >}} 与 {{< katex >}}y{{< /katex >}}
            {{< youtube abc >}} {{< vimeo 1 >}} {{< gist a b >}} {{< tweet user="a" id="1" >}} {{< x user="a" id="2" >}} {{< bilibili BV1 >}}
            {{< unknown-thing >}}内文{{< /unknown-thing >}} {{< price 1 >}} {{< broken
            {{% /never-opened %}}
            """).AssertSucceeded();
        var text = VisibleText(site);
        Assert.DoesNotContain("{{<", text);
        Assert.DoesNotContain("{{%", text);
        Assert.DoesNotContain(">}}", text);
        Assert.DoesNotContain("%}}", text);
        Assert.Contains("内文", text);
        // The figure's pixel.png is an empty file, which the image stage reports (INK0370) and publishes as it is.
        Assert.Equal(
            [DiagnosticIds.ImageUnreadable, DiagnosticIds.UnknownShortcode, DiagnosticIds.ShortcodeNotRun, DiagnosticIds.ShortcodeSyntax, DiagnosticIds.ShortcodeSyntax],
            site.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_shortcode_after_a_Hexo_tag_that_adds_lines_is_reported_where_it_was_written()
    {
        var site = Build("""
            {% note info %}内容{% endnote %}

            一段 {{< unknown-x >}} 文字。
            """).AssertSucceeded();
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.UnknownShortcode, warning.Id);
        Assert.Equal((7, 4), (warning.Location.Line, warning.Location.Column));
    }

    [Fact]
    public void A_markdown_shortcode_named_like_a_Hexo_tag_is_read_as_the_shortcode()
    {
        var site = Build("""
            {{% note %}}
            **注意**这里。
            {{% /note %}}
            """).AssertSucceeded();
        Assert.Empty(site.Diagnostics);
        var callout = Html.Parse(site.File("posts/a/index.html")).One(".e-content .callout--note .callout__body");
        Assert.Equal("注意这里。", callout.Text());
    }

    [Fact]
    public void The_anchor_of_a_ref_is_checked_against_the_headings_of_its_page()
    {
        var site = Build("""见[小节]({{< relref "other#没有这节" >}})。""").AssertSucceeded();
        var missing = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.MissingAnchor, missing.Id);
        Assert.Equal(5, missing.Location.Line);
    }

    [Fact]
    public void A_tab_outside_any_tabs_shows_its_content()
    {
        var site = Build("""
            {{< tab "孤立" >}}
            内容。
            {{< /tab >}}
            """).AssertSucceeded();
        Assert.Empty(site.Diagnostics);
        Assert.Contains("<p>内容。</p>", site.File("posts/a/index.html"));
    }

    [Fact]
    public void A_mermaid_shortcode_is_the_diagrams_source_in_a_mermaid_code_block()
    {
        var site = Build("""
            {{< mermaid >}}
            graph LR
              A --> B
            {{< /mermaid >}}
            """).AssertSucceeded();
        var code = Html.Parse(site.File("posts/a/index.html")).One(".e-content pre code");
        Assert.Equal("graph LR\n  A --> B", code.TextContent);
    }

    [Fact]
    public void Shortcodes_are_read_in_an_Inkstone_site_too()
    {
        var site = BuiltSite.Build("""
            -- inkstone.yml --
            title: T
            -- content/posts/a.md --
            ---
            title: A
            date: 2025-01-01
            ---
            {{< hint warning >}}
            小心。
            {{< /hint >}}
            """).AssertSucceeded();
        Assert.Empty(site.Diagnostics);
        Assert.Contains("callout--warning", site.File("posts/a/index.html"));
    }
}
