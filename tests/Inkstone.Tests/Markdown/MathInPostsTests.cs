using Inkstone.Building;
using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Markdown;

public sealed class MathInPostsTests
{
    internal static BuiltSite Build(string body, string config = "", string frontMatter = "", BuildOptions? options = null) => BuiltSite.Build($"""
        -- inkstone.yml --
        title: T
        base_url: https://example.org/
        excerpt_length: 200
        {config}
        -- content/posts/p.md --
        ---
        title: P
        date: 2025-01-01
        {frontMatter}
        ---
        {body}
        """, options);

    internal static string Content(BuiltSite site) => Html.Parse(site.File("posts/p/index.html")).One(".e-content").InnerHtml;

    [Fact]
    public void Inline_and_display_formulas_become_mathml_with_their_tex_kept()
    {
        var html = Content(Build("设 $x_i$ 为输入：\n\n$$\n\\sum_{i=1}^n x_i\n$$\n").AssertSucceeded());
        Assert.Contains("<math><semantics>", html);
        Assert.Contains("<math display=\"block\">", html);
        Assert.Contains("<annotation encoding=\"application/x-tex\">x_i</annotation>", html);
        Assert.DoesNotContain("$", html);
    }

    [Fact]
    public void Punctuation_right_after_an_inline_formula_stays_on_its_line()
    {
        var html = Content(Build("设 $x_i$，则 $y$。再看 $z$ 和 $w$\n").AssertSucceeded());
        Assert.Matches("<span class=\"math-nowrap\"><math><semantics>.*?x_i</annotation></semantics></math>，</span>则 ", html);
        Assert.Matches("<span class=\"math-nowrap\"><math><semantics>.*?>y</annotation></semantics></math>。</span>再看 ", html);
        Assert.DoesNotContain("<span class=\"math-nowrap\"><math><semantics><mi>z", html);
    }

    [Fact]
    public void Bracket_delimiters_work_and_can_be_turned_off()
    {
        Assert.Equal(2, Html.Parse(Build("行内 \\(a^2\\) 和 \\[b^2\\]").AssertSucceeded().File("posts/p/index.html")).All(".e-content math").Count);
        var off = Content(Build("行内 \\(a^2\\)", config: "math:\n  bracket_delimiters: false").AssertSucceeded());
        Assert.DoesNotContain("<math", off);
    }

    [Fact]
    public void A_math_fence_is_display_math() =>
        Assert.Contains("<math display=\"block\">", Content(Build("```math\nE = mc^2\n```").AssertSucceeded()));

    [Fact]
    public void Dollars_in_code_are_never_math() =>
        Assert.DoesNotContain("<math", Content(Build("`$x$` 和\n\n```bash\necho $HOME $PATH\n```").AssertSucceeded()));

    [Fact]
    public void Pipes_and_underscores_in_table_cells_reach_the_compiler_intact()
    {
        var html = Content(Build("| 量 | 公式 |\n|---|---|\n| 范数 | $\\lvert x \\rvert_1 + |y|$ |\n| 乘积 | $a_1 * b_1$ |").AssertSucceeded());
        Assert.Contains("<annotation encoding=\"application/x-tex\">\\lvert x \\rvert_1 + |y|</annotation>", html);
        Assert.Equal(2, Html.Parse("<table>" + html + "</table>").All("tbody tr").Count);
    }

    [Fact]
    public void Site_and_post_macros_and_newcommand_apply_to_later_formulas()
    {
        var site = Build("$\\R^n$ 和 $\\E[x]$，$\\newcommand{\\KL}{D_{\\mathrm{KL}}}\\KL$ 然后 $\\KL(p\\|q)$",
            config: "math:\n  macros:\n    \\R: \\mathbb{R}", frontMatter: "math_macros:\n  \\E: \\mathbb{E}").AssertSucceeded();
        var html = Content(site);
        Assert.Contains("ℝ", html);
        Assert.Contains("𝔼", html);
        Assert.Empty(site.Diagnostics);
    }

    [Fact]
    public void Eqref_anywhere_in_the_post_links_to_the_labelled_equation()
    {
        var site = Build("由式 $\\eqref{eq:pg}$ 可得。\n\n$$\n\\nabla J = \\mathbb{E}[G] \\tag{3}\\label{eq:pg}\n$$\n").AssertSucceeded();
        var html = Content(site);
        Assert.Contains("href=\"#eq-eq:pg\"", html);
        Assert.Contains("(3)", html);
        Assert.Empty(site.Diagnostics);
    }

    [Fact]
    public void A_formula_that_is_only_a_reference_is_a_plain_link_outside_MathML()
    {
        var html = Content(Build("由式 $\\eqref{eq:pg}$ 与 $x = \\ref{eq:pg}$ 可得。\n\n$$\n\\nabla J = G \\label{eq:pg}\n$$\n").AssertSucceeded());
        Assert.Contains("由式 <a class=\"eqref\" href=\"#eq-eq:pg\">(1)</a> 与 <math>", html);
        Assert.Contains("<mtext><a href=\"#eq-eq:pg\">1</a></mtext>", html);
    }

    [Fact]
    public void Automatic_numbering_numbers_display_equations_in_order()
    {
        var html = Content(Build("$$\na=1\\label{eq:a}\n$$\n\n$$\nb=2\n$$\n\n见 $\\eqref{eq:a}$。", config: "math:\n  number_equations: true").AssertSucceeded());
        Assert.Contains("(1)", html);
        Assert.Contains("(2)", html);
        Assert.Contains("href=\"#eq-eq:a\"", html);
    }

    [Fact]
    public void An_unknown_label_is_a_diagnostic_at_the_reference()
    {
        var site = Build("见 $\\eqref{eq:missing}$。");
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.MathError, warning.Id);
        Assert.Equal(new SourceLocation("content/posts/p.md", 6, 11), warning.Location);
        Assert.Contains("eq:missing", warning.Message);
    }

    [Fact]
    public void A_math_error_is_a_warning_that_still_renders_the_page_and_an_error_under_strict()
    {
        var relaxed = Build("错误 $\\frac{1}{$ 在这里");
        var warning = Assert.Single(relaxed.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("content/posts/p.md", 6, 13), warning.Location);
        Assert.Contains("class=\"math-error\"", Content(relaxed));

        var strict = Build("错误 $\\frac{1}{$ 在这里", options: new BuildOptions { Strict = true });
        Assert.Equal(Severity.Error, Assert.Single(strict.Diagnostics).Severity);
        Assert.False(strict.Report.Succeeded);
    }

    [Fact]
    public void A_math_error_in_the_summary_is_reported_at_the_summary_and_fails_a_strict_build()
    {
        var relaxed = Build("正文。", frontMatter: "summary: 复杂度是 $\\frac{1}{$ 的");
        var warning = Assert.Single(relaxed.Diagnostics);
        Assert.Equal(DiagnosticIds.MathError, warning.Id);
        Assert.Equal(new SourceLocation("content/posts/p.md", 4, 10), warning.Location);
        Assert.StartsWith("In the summary: ", warning.Message);

        var strict = Build("正文。", frontMatter: "summary: 复杂度是 $\\frac{1}{$ 的", options: new BuildOptions { Strict = true });
        Assert.False(strict.Report.Succeeded);
    }

    [Fact]
    public void Card_excerpts_render_inline_formulas_and_mark_display_ones()
    {
        var site = Build("复杂度是$O(n\\log n)$的。\n\n$$\nT(n) = 2T(n/2) + n\n$$\n").AssertSucceeded();
        var summary = Html.Parse(site.File("index.html")).One(".h-entry .p-summary");
        Assert.NotNull(summary.QuerySelector("math"));
        Assert.EndsWith("[公式]", summary.TextContent.Trim());
    }

    [Fact]
    public void Feeds_carry_the_compiled_mathml()
    {
        var site = Build("$x^2$").AssertSucceeded();
        Assert.Contains("&lt;math&gt;", site.File("atom.xml"));
        Assert.Contains("<math>", site.File("feed.json"));
    }

    [Fact]
    public void A_labelled_equation_is_numbered_even_when_numbering_is_off()
    {
        var html = Content(Build("$$\na=1\\label{eq:a}\n$$\n\n$$\nb=2\n$$\n\n见 $\\eqref{eq:a}$。").AssertSucceeded());
        Assert.Contains("(1)", html);
        Assert.DoesNotContain("(2)", html);
    }
}
