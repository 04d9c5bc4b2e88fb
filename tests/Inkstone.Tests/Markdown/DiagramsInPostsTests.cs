using System.Text.RegularExpressions;
using Inkstone.Building;
using Inkstone.Diagnostics;
using Inkstone.Markdown;
using Inkstone.Markdown.Diagrams;
using Inkstone.Testing;
using static Inkstone.Tests.Markdown.MathInPostsTests;

namespace Inkstone.Tests.Markdown;

/// <summary>```mermaid and ```dot fences drawn at build time: inline SVG the theme colours, or the source with a diagnostic at its place.</summary>
public sealed partial class DiagramsInPostsTests
{
    private const string Post = "content/posts/p.md";

    private const string Flowchart = """
        ```mermaid
        flowchart LR
            a[Collect] --> b{Enough?}
            b -->|no| a
            b -->|yes| c([Train])
        ```
        """;

    [Fact]
    public void A_mermaid_flowchart_becomes_an_inline_svg_figure_described_by_its_source()
    {
        var site = Build(Flowchart).AssertSucceeded();
        Assert.Empty(site.Diagnostics);
        var html = MathInPostsTests.Content(site);
        Assert.Contains("<figure class=\"diagram diagram--mermaid\">", html, StringComparison.Ordinal);
        var svg = Regex.Match(html, "<svg.*?</svg>", RegexOptions.Singleline).Value;
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Matches("<title id=\"diagram-[0-9a-f]{8}-1-title\">Flowchart</title>", svg);
        Assert.Contains("b --&gt;|yes| c([Train])</desc>", svg, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(svg, "class=\"node node--"));
        Assert.Contains("<details class=\"diagram__source\"><summary>Mermaid 源码</summary>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_source_disclosure_speaks_the_sites_language()
    {
        var site = BuiltSite.Build(Site(Flowchart).Replace("title: T", "title: T\nlanguage: en", StringComparison.Ordinal)).AssertSucceeded();
        Assert.Contains("<summary>Mermaid source</summary>", MathInPostsTests.Content(site), StringComparison.Ordinal);
    }

    [Fact]
    public void The_drawing_names_classes_for_the_theme_and_no_colour()
    {
        var html = MathInPostsTests.Content(Build(Flowchart + "\n\n```mermaid\nsequenceDiagram\n  A->>+B: hi\n  Note over A,B: note\n```"));
        Assert.Equal(2, Regex.Count(html, "<svg"));
        Assert.DoesNotMatch("(fill|stroke|color)=\"(?!none)", html);
        Assert.DoesNotMatch("#[0-9a-fA-F]{3,6}\\b", Regex.Match(html, "<svg.*</svg>", RegexOptions.Singleline).Value.Replace("#amp;", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_equal_diagrams_in_one_post_get_their_own_ids()
    {
        var html = MathInPostsTests.Content(Build(Flowchart + "\n\n" + Flowchart));
        var ids = Regex.Matches(html, "id=\"(diagram-[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(4, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void A_syntax_error_is_a_warning_at_its_line_and_column_and_the_source_is_shown()
    {
        var site = Build("Text.\n\n```mermaid\nflowchart TD\n    A --> B\n    B -->\n```").AssertSucceeded();
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal((DiagnosticIds.DiagramSyntax, Severity.Warning), (warning.Id, warning.Severity));
        Assert.Equal(new SourceLocation(Post, 11, 10), warning.Location);
        var html = MathInPostsTests.Content(site);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.Contains("code-block", html, StringComparison.Ordinal);
        Assert.Contains("flowchart", html, StringComparison.Ordinal);
    }

    [Fact]
    public void With_strict_a_syntax_error_fails_the_build()
    {
        var site = Build("```mermaid\nsequenceDiagram\n  A->>B: fine\n  not a statement\n```", options: new BuildOptions { Strict = true });
        var error = Assert.Single(site.Errors);
        Assert.Equal(new SourceLocation(Post, 9, 3), error.Location);
    }

    [Fact]
    public void An_unsupported_mermaid_type_is_a_warning_naming_it_and_the_source_is_shown()
    {
        var site = Build("```mermaid\nerDiagram\n  CUSTOMER ||--o{ ORDER : places\n```").AssertSucceeded();
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.DiagramTypeUnsupported, warning.Id);
        Assert.Equal(new SourceLocation(Post, 7, 1), warning.Location);
        Assert.Contains("'erDiagram'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("CUSTOMER", MathInPostsTests.Content(site), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stateDiagram-v2\n  [*] --> Draft\n  Draft --> [*]", "diagram-svg--state")]
    [InlineData("classDiagram\n  Animal <|-- Duck", "diagram-svg--class")]
    public void State_and_class_diagrams_are_drawn_without_a_warning(string diagram, string svgClass)
    {
        var site = Build("```mermaid\n" + diagram + "\n```").AssertSucceeded();
        Assert.Empty(site.Diagnostics);
        Assert.Contains(svgClass, MathInPostsTests.Content(site), StringComparison.Ordinal);
    }

    [Fact]
    public void Styling_statements_are_reported_and_the_diagram_is_still_drawn()
    {
        var site = Build("```mermaid\nflowchart TD\n  classDef hot fill:#f00\n  a --> b\n```").AssertSucceeded();
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal((DiagnosticIds.DiagramStatementIgnored, new SourceLocation(Post, 8, 3)), (warning.Id, warning.Location));
        Assert.Contains("<svg", MathInPostsTests.Content(site), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_graphviz_a_dot_fence_is_a_warning_and_its_source_is_shown()
    {
        var caches = new BuildCaches { Graphviz = new GraphvizRunner("/nonexistent/inkstone-test-dot") };
        var site = BuiltSite.Build(Site("Before.\n\n```dot\ndigraph { a -> b }\n```"), caches).AssertSucceeded();
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal((DiagnosticIds.GraphvizMissing, Severity.Warning), (warning.Id, warning.Severity));
        Assert.Equal(new SourceLocation(Post, 7, 1), warning.Location);
        Assert.Contains("a -&gt; b", MathInPostsTests.Content(site), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rendering_that_used_dot_is_reused_only_while_dot_has_the_same_version()
    {
        var missing = new GraphvizRunner("/nonexistent/inkstone-test-dot");
        RenderDependency[] used = [new(RenderDependencyKind.ToolVersion, "dot", null)];
        RenderDependency[] drawn = [new(RenderDependencyKind.ToolVersion, "dot", "dot - graphviz version 2.43.0 (0)")];
        var posts = new Dictionary<string, Inkstone.Content.Post>();
        var files = new Inkstone.FileSystem.MemoryFileSystem();
        Assert.True(RenderDependencies.StillHold(used, posts, posts, files, missing));
        Assert.False(RenderDependencies.StillHold(drawn, posts, posts, files, missing));
    }

    [Fact]
    [Trait("Category", "Engines")]
    public void Graphviz_draws_a_dot_fence_as_svg_with_theme_classes()
    {
        var site = Build("```dot\ndigraph G {\n  subgraph cluster_0 { label=\"Group\"; a -> b; }\n  b -> c [label=\"edge\"];\n  c [style=filled, fillcolor=lightblue];\n}\n```").AssertSucceeded();
        Assert.Empty(site.Diagnostics);
        var html = MathInPostsTests.Content(site);
        Assert.Contains("<figure class=\"diagram diagram--graphviz\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(fill|stroke)=\"(?!none)", html);
        Assert.Contains("gv-fill-soft", html, StringComparison.Ordinal);
        Assert.Contains("class=\"cluster\"", html, StringComparison.Ordinal);
    }

    private static string Site(string body) => $"""
        -- inkstone.yml --
        title: T
        base_url: https://example.org/
        -- content/posts/p.md --
        ---
        title: P
        date: 2025-01-01
        ---
        {body}
        """;
}
