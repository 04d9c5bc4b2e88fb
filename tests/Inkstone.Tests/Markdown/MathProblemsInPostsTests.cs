using Inkstone.Building;
using Inkstone.Diagnostics;
using Inkstone.Output;
using Inkstone.Testing;
using static Inkstone.Tests.Markdown.MathInPostsTests;

namespace Inkstone.Tests.Markdown;

/// <summary>Where math problems are reported: at the formula's own line and column, and a bad macro once, at its definition.</summary>
public sealed class MathProblemsInPostsTests
{
    private const string Post = "content/posts/p.md";

    [Fact]
    public void A_math_error_deep_in_a_paragraph_is_reported_at_its_own_line_and_column()
    {
        var site = Build("# 标题\n\n前一段。\n\n第一行文字，\n第二行 $a+b$ 正常，\n第三行 $x = \\farc{1}{2}$ 出错。");
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(new SourceLocation(Post, 12, 10), warning.Location);
    }

    [Fact]
    public void An_error_on_the_second_line_of_a_formula_that_spans_lines_is_reported_there()
    {
        var site = Build("开头。\n公式 $a +\n  b + \\farc{1}{2}$ 结束。");
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(new SourceLocation(Post, 8, 7), warning.Location);
    }

    [Fact]
    public void A_math_error_in_a_quoted_paragraph_counts_the_quote_markers()
    {
        var site = Build("> 引用第一行\n> 第二行 $\\farc12$");
        Assert.Equal(new SourceLocation(Post, 7, 8), Assert.Single(site.Diagnostics).Location);
    }

    [Fact]
    public void A_math_error_on_a_later_line_of_a_display_block_is_reported_there()
    {
        var site = Build("```math\na = b \\\\\n  c = \\farc12\n```");
        Assert.Equal(new SourceLocation(Post, 8, 7), Assert.Single(site.Diagnostics).Location);
    }

    [Fact]
    public void A_broken_site_macro_is_one_diagnostic_at_its_line_in_the_configuration_however_many_posts_use_it()
    {
        var site = BuiltSite.Build("""
            -- inkstone.yml --
            title: T
            base_url: https://example.org/
            math:
              macros:
                \loss: \mathcall{L}
            -- content/posts/a.md --
            ---
            title: A
            date: 2025-01-01
            ---
            $\loss$ 与 $\loss + 1$，再看 $\loss^2$。
            -- content/posts/b.md --
            ---
            title: B
            date: 2025-01-02
            summary: 摘要里也有 $\loss$
            ---
            $$
            \nabla \loss
            $$
            """);
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(new SourceLocation("inkstone.yml", 5, 12), warning.Location);
        Assert.Equal("Unknown command \\mathcall. (in the definition of \\loss)", warning.Message);
        Assert.Equal("did you mean \\mathcal?", warning.Hint);
    }

    [Fact]
    public void A_site_macro_with_unbalanced_braces_is_one_diagnostic_at_its_definition()
    {
        var site = Build("$\\R^n$ 与 $\\R^m$", config: "math:\n  macros:\n    \\R: \\mathbb{R");
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(new SourceLocation("inkstone.yml", 6, 9), warning.Location);
        Assert.Equal("The definition of \\R has unbalanced braces.", warning.Message);
    }

    [Fact]
    public void A_broken_front_matter_macro_is_one_diagnostic_at_its_key()
    {
        var site = Build("$\\E[x]$ 与 $\\E[y]$", frontMatter: "math_macros:\n  \\E: \\mathbbb{E}");
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(new SourceLocation(Post, 5, 7), warning.Location);
        Assert.Contains("(in the definition of \\E)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newcommand_that_does_not_parse_is_one_diagnostic_at_the_definition_not_one_per_use()
    {
        var site = Build("$\\newcommand{\\KL}{D_{\\mathrm{KL}}$ 然后 $\\KL(p)$ 和\n$\\KL(q)$。");
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(new SourceLocation(Post, 6, 14), warning.Location);
        Assert.Equal("This group is not closed. (in the definition of \\KL)", warning.Message);
    }

    [Fact]
    public void A_newcommand_whose_body_has_an_unknown_command_is_one_diagnostic_at_the_definition()
    {
        var site = Build("定义 $\\newcommand{\\D}{\\mathrm{d}\\farc}$。\n\n$\\D x$ 与 $\\D y$ 与 $\\D z$");
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(new SourceLocation(Post, 6, 17), warning.Location);
        Assert.Equal("Unknown command \\farc. (in the definition of \\D)", warning.Message);
    }

    [Fact]
    public void A_broken_macro_fails_a_strict_build_once()
    {
        var site = Build("$\\R$ $\\R$", config: "math:\n  macros:\n    \\R: \\mathbb{R", options: new BuildOptions { Strict = true });
        Assert.Equal(Severity.Error, Assert.Single(site.Diagnostics).Severity);
        Assert.False(site.Report.Succeeded);
    }

    [Fact]
    public void Newcommand_of_a_site_macro_redefines_it_without_a_diagnostic_as_in_MathJax()
    {
        var site = Build("$\\newcommand{\\R}{\\mathcal{R}}\\R$", config: "math:\n  macros:\n    \\R: \\mathbb{R}").AssertSucceeded();
        Assert.Empty(site.Diagnostics);
        Assert.Contains("<mi>ℛ</mi>", MathInPostsTests.Content(site), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_site_macro_stays_one_diagnostic_when_some_posts_come_from_the_render_cache()
    {
        var files = InlineSite.Parse("""
            -- inkstone.yml --
            title: T
            base_url: https://example.org/
            math:
              macros:
                \R: \mathbb{R
            -- content/posts/a.md --
            ---
            title: A
            date: 2025-01-01
            ---
            $\R^n$
            -- content/posts/b.md --
            ---
            title: B
            date: 2025-01-02
            ---
            $\R^m$
            """);
        var cache = Directory.CreateTempSubdirectory("inkstone-math-cache-").FullName;
        try
        {
            BuildReport Run() => SiteBuilder.Run(files, new MemoryOutput(), new BuildOptions { Now = BuiltSite.Now }, null, cache);
            Run();
            files.Add("content/posts/b.md", "---\ntitle: B\ndate: 2025-01-02\n---\n$\\R^k$\n");
            var report = Run();
            Assert.Equal(1, report.PostsFromCache);
            Assert.Equal(new SourceLocation("inkstone.yml", 5, 9), Assert.Single(report.Diagnostics).Location);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void A_macro_name_no_formula_can_call_is_one_diagnostic_at_its_definition_and_the_build_goes_on()
    {
        var site = Build("$x$", config: "math:\n  macros:\n    \\R2: \\mathbb{R}^2", frontMatter: "math_macros:\n  \"\\\\\": y");
        Assert.Equal(
            [new SourceLocation(Post, 5, 9), new SourceLocation("inkstone.yml", 6, 10)],
            site.Diagnostics.Select(d => d.Location).ToList());
        Assert.All(site.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains("<mi>x</mi>", MathInPostsTests.Content(site), StringComparison.Ordinal);
    }
}
