using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Markdown;

/// <summary>Whole sites in the kramdown and Python-Markdown dialects: what they report, and what the settings change.</summary>
public sealed class MarkdownDialectTests
{
    private const string MkDocs = """
        -- mkdocs.yml --
        site_name: Docs
        site_url: https://example.org/
        markdown_extensions:
          - admonition
          - pymdownx.snippets:
              base_path: snippets
        -- snippets/note.md --
        A shared note.
        """;

    [Fact]
    public void A_snippet_outside_the_site_is_an_error_at_its_line_and_is_never_read()
    {
        var site = BuiltSite.Build(MkDocs + """

            -- docs/index.md --
            # Guide

            --8<-- "../../secret.txt"
            """);

        var problem = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.SnippetOutsideSite, problem.Id);
        Assert.Equal(("docs/index.md", 3, 1), (problem.Location.Path, problem.Location.Line, problem.Location.Column));
    }

    [Fact]
    public void A_missing_snippet_is_an_error_at_its_line_and_the_lines_after_it_keep_their_own_numbers()
    {
        var site = BuiltSite.Build(MkDocs + """

            -- docs/index.md --
            # Guide

            --8<-- "note.md"

            --8<-- "gone.md"
            """);

        var problem = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.SnippetMissing, problem.Id);
        Assert.Equal(5, problem.Location.Line);
    }

    [Fact]
    public void A_snippet_is_read_from_the_base_path_and_an_escaped_marker_stays_text()
    {
        var site = BuiltSite.Build(MkDocs + """

            -- docs/index.md --
            # Guide

            --8<-- "note.md"

            ;--8<-- "note.md"
            """);

        var html = site.File("index.html");
        Assert.Empty(site.Diagnostics);
        Assert.Contains("<p>A shared note.</p>", html, StringComparison.Ordinal);
        Assert.Contains("--8&lt;-- &quot;note.md&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsafe_attribute_is_dropped_with_a_warning_and_the_safe_ones_stay()
    {
        var site = BuiltSite.Build("""
            -- _config.yml --
            title: Blog
            url: https://example.org
            -- _posts/2025-01-01-a.md --
            ---
            title: A
            ---

            [Go](https://example.org){: .button onclick="steal()" style="position:fixed" title="Go"}
            """);

        var html = site.File("2025/01/01/a.html");
        Assert.Equal(["onclick", "style"], site.Diagnostics.Select(d => d.Message.Split('\'')[1]));
        Assert.All(site.Diagnostics, d => Assert.Equal((DiagnosticIds.UnsafeAttribute, 5), (d.Id, d.Location.Line)));
        Assert.Contains("<a href=\"https://example.org\" class=\"button\" title=\"Go\">Go</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("steal", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_javascript_url_in_an_attribute_list_is_dropped()
    {
        var site = BuiltSite.Build("""
            -- _config.yml --
            title: Blog
            -- _posts/2025-01-01-a.md --
            ---
            title: A
            ---

            Text
            {: data-go=" javascript:alert(1)"}
            """);

        Assert.Equal(DiagnosticIds.UnsafeAttribute, Assert.Single(site.Diagnostics).Id);
        Assert.DoesNotContain("javascript", site.File("2025/01/01/a.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_data_lines_at_the_top_of_an_mkdocs_page_are_its_front_matter()
    {
        var site = BuiltSite.Build(MkDocs + """

            -- docs/index.md --
            title: The Guide
            author: Lin

            Body text.
            """);

        var html = site.File("index.html");
        Assert.Contains("<title>The Guide", html, StringComparison.Ordinal);
        Assert.DoesNotContain("author: Lin", html, StringComparison.Ordinal);
        Assert.Contains("<p>Body text.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inkstone_site_leaves_foreign_syntax_alone_unless_it_names_a_dialect()
    {
        const string Post = """
            -- content/posts/a.md --
            ---
            title: A
            date: 2025-01-01
            ---
            !!! note "Title"
                Body.
            """;
        var plain = BuiltSite.Build("-- inkstone.yml --\ntitle: Blog\n" + Post);
        var python = BuiltSite.Build("-- inkstone.yml --\ntitle: Blog\nmarkdown: python-markdown\n" + Post);

        Assert.DoesNotContain("callout", Html.Parse(plain.File("posts/a/index.html")).One(".e-content").InnerHtml, StringComparison.Ordinal);
        Assert.Contains("callout callout--note", python.File("posts/a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_dialect_is_a_configuration_error_at_its_line()
    {
        var site = BuiltSite.Build("-- inkstone.yml --\ntitle: Blog\nmarkdown: textile\n");

        var problem = Assert.Single(site.Diagnostics);
        Assert.Equal((DiagnosticIds.ConfigInvalidValue, 2), (problem.Id, problem.Location.Line));
    }

    [Fact]
    public void A_formula_in_inline_code_is_math_only_where_the_site_opts_in()
    {
        const string Post = """
            -- content/posts/a.md --
            ---
            title: A
            date: 2025-01-01
            ---
            Let `$x^2$` be, and `$x$ is code`.
            """;
        var plain = BuiltSite.Build("-- inkstone.yml --\ntitle: Blog\n" + Post);
        var opted = BuiltSite.Build("-- inkstone.yml --\ntitle: Blog\nmath:\n  code_delimiters: true\n" + Post);

        Assert.Contains("<code>$x^2$</code>", plain.File("posts/a/index.html"), StringComparison.Ordinal);
        var html = opted.File("posts/a/index.html");
        Assert.Contains("<msup><mi>x</mi><mn>2</mn></msup>", html, StringComparison.Ordinal);
        Assert.Contains("<code>$x$ is code</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_jekyll_site_whose_mathjax_reads_inside_code_gets_formulas_in_inline_code()
    {
        var site = BuiltSite.Build("""
            -- _config.yml --
            title: Blog
            -- _includes/mathjax.html --
            <script>MathJax.Hub.Config({ tex2jax: { inlineMath: [['$','$']], skipTags: ['script', 'noscript', 'style', 'textarea', 'pre'] } });</script>
            -- _posts/2025-01-01-a.md --
            ---
            title: A
            ---

            Let `$x^2$` be.
            """);

        Assert.Empty(site.Diagnostics);
        Assert.Contains("<msup><mi>x</mi><mn>2</mn></msup>", site.File("2025/01/01/a.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_mkdocs_site_reads_only_the_extensions_its_config_turns_on()
    {
        var site = BuiltSite.Build("""
            -- mkdocs.yml --
            site_name: Docs
            markdown_extensions:
              - admonition
            -- docs/index.md --
            # Home

            !!! tip
                On.

            === "Tab"
                Off.
            """);

        var html = Html.Parse(site.File("index.html")).One(".e-content").InnerHtml;
        Assert.Contains("callout callout--tip", html, StringComparison.Ordinal);
        Assert.DoesNotContain("code-tabs", html, StringComparison.Ordinal);
    }
}
