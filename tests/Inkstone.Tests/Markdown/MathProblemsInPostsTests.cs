using Inkstone.Diagnostics;
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
}
