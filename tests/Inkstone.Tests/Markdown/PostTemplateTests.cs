using Inkstone.Building;
using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Markdown;

/// <summary>
/// Whole sites whose posts use Liquid and the tags of Jekyll and Hexo: what needs other files (posts, includes, asset
/// folders), problems at the writer's own lines, and posts that render whatever their templates do.
/// </summary>
public sealed class PostTemplateTests
{
    private const string Jekyll = """
        -- _config.yml --
        title: 梯度
        url: https://example.org
        -- _includes/steps.html --
        <ol class="steps">
          <li>{{ include.first }}</li>
          <li>第二步</li>
          <li>第三步</li>
        </ol>
        -- _includes/loop.html --
        {% include loop.html %}
        -- _posts/2025-01-01-other.md --
        ---
        title: 另一篇
        ---
        正文。
        """;

    private const string Hexo = """
        -- _config.yml --
        title: 算法
        url: https://example.org
        permalink: :year/:month/:title/
        post_asset_folder: true
        -- source/_posts/other.md --
        ---
        title: 另一篇
        date: 2025-01-01
        ---
        正文。
        -- source/_posts/spec/pixel.png --
        """;

    [Fact]
    public void A_problem_after_a_tag_that_wrote_more_lines_is_reported_at_the_line_written()
    {
        var site = BuiltSite.Build(Jekyll + """

            -- _posts/2025-01-02-a.md --
            ---
            title: A
            ---

            {% include steps.html first="第一步" %}

            {% comment %}
            两行注释。
            {% endcomment %}

            [坏链接](missing.md) 和 $\frac{1}{2$。
            """);

        Assert.Contains("<li>第一步</li>", site.File("2025/01/02/a.html"));
        Assert.Equal(
            ["_posts/2025-01-02-a.md:11:1: warning INK0301", "_posts/2025-01-02-a.md:11:30: warning INK0401"],
            site.Diagnostics.Select(d => $"{d.Location}: warning {d.Id}"));
    }

    [Fact]
    public void Jsonify_writes_strings_numbers_lists_and_maps_as_json_as_jekyll_does()
    {
        var site = BuiltSite.Build(Jekyll + """

            -- _data/model.yml --
            name: "GRPO 的 \"组\""
            layers: 12
            rate: 0.5
            shared: true
            missing:
            heads: [8, 16]
            -- _posts/2025-01-02-a.md --
            ---
            title: A
            ---

            <pre id="json">{{ site.data.model | jsonify }}</pre>
            <pre id="text">{{ page.title | jsonify }}</pre>
            """);

        var html = site.File("2025/01/02/a.html");
        // Liquid writes a filter's result as it is, so the JSON reaches the page unescaped, as in Jekyll.
        Assert.Contains("""<pre id="json">{"name":"GRPO 的 \"组\"","layers":12,"rate":0.5,"shared":true,"missing":null,"heads":[8,16]}</pre>""", html);
        Assert.Contains("""<pre id="text">"A"</pre>""", html);
    }

    [Fact]
    public void A_missing_post_in_post_url_is_a_broken_link_at_the_tag()
    {
        var site = BuiltSite.Build(Jekyll + """

            -- _posts/2025-01-02-a.md --
            ---
            title: A
            ---

            见[那篇]({% post_url 2024-12-31-gone %})。
            """);

        var problem = Assert.Single(site.Diagnostics);
        Assert.Equal("_posts/2025-01-02-a.md:5:7: warning INK0301: '{% post_url 2024-12-31-gone %}' names no post: there is no post '2024-12-31-gone' under _posts/.", problem.ToString());
        Assert.DoesNotContain("{%", site.File("2025/01/02/a.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_that_includes_itself_is_reported_and_the_post_still_renders()
    {
        var site = BuiltSite.Build(Jekyll + """

            -- _posts/2025-01-02-a.md --
            ---
            title: A
            ---

            前。{% include loop.html %}后。
            """);

        Assert.Contains(site.Diagnostics, d => d.Id == DiagnosticIds.IncludeNotRendered && d.Location.Line == 5);
        Assert.Contains("前。", site.File("2025/01/02/a.html"), StringComparison.Ordinal);
        Assert.Contains("后。", site.File("2025/01/02/a.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{% for i in (1..100000000) %}{{ i }}{% endfor %}")]
    [InlineData("{% for i in (1..5000) %}{% for j in (1..5000) %}.{% endfor %}{% endfor %}")]
    public void A_loop_too_long_to_run_is_reported_and_the_post_still_renders(string loop)
    {
        var site = BuiltSite.Build(Jekyll + $"""

            -- _posts/2025-01-02-a.md --
            ---
            title: A
            ---

            {loop}

            正文照常。
            """);

        Assert.Equal((DiagnosticIds.LiquidSyntax, 5), (Assert.Single(site.Diagnostics).Id, site.Diagnostics[0].Location.Line));
        Assert.Contains("正文照常。", site.File("2025/01/02/a.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_liquid_syntax_error_is_an_error_under_strict()
    {
        var site = BuiltSite.Build(Jekyll + """

            -- _posts/2025-01-02-a.md --
            ---
            title: A
            ---

            {{ page.title | }}
            """, new BuildOptions { Strict = true });

        Assert.Equal(Severity.Error, Assert.Single(site.Diagnostics).Severity);
    }

    [Fact]
    public void Liquid_is_not_evaluated_in_a_site_of_inkstone_but_its_tags_are_read()
    {
        var site = BuiltSite.Build("""
            -- inkstone.yml --
            title: T
            -- content/posts/a.md --
            ---
            title: A
            date: 2025-01-01
            ---

            Vue 写作 {{ message }}。

            {% note tip %}
            照常是提示。
            {% endnote %}
            """);

        var html = site.File("posts/a/index.html");
        Assert.Empty(site.Diagnostics);
        Assert.Contains("Vue 写作 {{ message }}。", html, StringComparison.Ordinal);
        Assert.Contains("callout--tip", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Hexo_tags_that_name_other_posts_and_assets_report_what_is_missing()
    {
        var site = BuiltSite.Build(Hexo + """

            -- source/_posts/spec.md --
            ---
            title: Spec
            date: 2025-01-02
            ---

            {% post_link gone %} {% asset_img missing.png 缺的图 %}

            {% asset_link missing.pdf 讲义 %}
            """);

        // Columns on a line a tag rewrote are those of the line as rewritten; the line is the writer's.
        Assert.Equal(
            [("source/_posts/spec.md", 6, DiagnosticIds.BrokenLink), ("source/_posts/spec.md", 6, DiagnosticIds.MissingImage), ("source/_posts/spec.md", 8, DiagnosticIds.BrokenLink)],
            site.Diagnostics.Select(d => (d.Location.Path, d.Location.Line, d.Id)));
        var html = site.File("2025/01/spec/index.html");
        Assert.Contains("讲义", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_tag_is_one_warning_and_no_brace_of_it_reaches_the_page()
    {
        var site = BuiltSite.Build(Hexo + """

            -- source/_posts/spec.md --
            ---
            title: Spec
            date: 2025-01-02
            ---

            {% timeline 2025 %}
            <!-- timeline 三月 -->
            写了 GRPO。
            <!-- endtimeline -->
            {% endtimeline %}
            """);

        var problem = Assert.Single(site.Diagnostics);
        Assert.Equal((DiagnosticIds.UnknownTag, 6), (problem.Id, problem.Location.Line));
        var html = site.File("2025/01/spec/index.html");
        Assert.Contains("写了 GRPO。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Hexo_code_in_fences_and_inline_is_not_evaluated()
    {
        var site = BuiltSite.Build(Hexo + """

            -- source/_posts/spec.md --
            ---
            title: Spec
            date: 2025-01-02
            ---

            模板 `{{ user.name }}` 和：

            ```html
            <p>{{ user.name }}{% if admin %}!{% endif %}</p>
            ```
            """);

        Assert.Empty(site.Diagnostics);
        var html = site.File("2025/01/spec/index.html");
        Assert.Contains("<code>{{ user.name }}</code>", html, StringComparison.Ordinal);
        Assert.Contains("{% if admin %}", html, StringComparison.Ordinal);
    }
}
