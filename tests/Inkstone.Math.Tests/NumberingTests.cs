using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

public sealed class NumberingTests
{
    private const string TagTable =
        "<mtable class=\"ink-tagged\" displaystyle=\"true\"><mtr><mtd>{0}</mtd><mtd class=\"ink-tag\"><mtext>{1}</mtext></mtd></mtr></mtable>";

    [Fact]
    public void Tag_puts_the_formula_in_a_table_with_a_tag_column()
    {
        Renders("x \\tag{1}", string.Format(System.Globalization.CultureInfo.InvariantCulture, TagTable, "<mi>x</mi>", "(1)"), display: true);
        Renders("x \\tag*{A}", string.Format(System.Globalization.CultureInfo.InvariantCulture, TagTable, "<mi>x</mi>", "A"), display: true);
    }

    [Fact]
    public void Tag_is_reported_in_the_result()
    {
        Compiler.CompileToString("E=mc^2 \\tag{3.1} \\label{eq:einstein}", MathRenderOptions.Block, out var result);
        Assert.Equal("3.1", result.Tag);
        Assert.Equal([new MathLabel("eq:einstein", "3.1")], result.Labels);
    }

    [Fact]
    public void Auto_number_is_used_when_the_formula_has_no_tag()
    {
        var html = Compiler.CompileToString("x \\label{a}", new MathRenderOptions { Display = true, AutoNumber = "4" }, out var result);
        Assert.True(result.UsedAutoNumber);
        Assert.Equal("4", result.Tag);
        Assert.Equal([new MathLabel("a", "4")], result.Labels);
        Assert.Contains("<mtext>(4)</mtext>", html, StringComparison.Ordinal);
        Assert.StartsWith("<math display=\"block\" id=\"eq-a\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Notag_and_starred_environments_turn_auto_numbering_off()
    {
        var options = new MathRenderOptions { Display = true, AutoNumber = "4" };
        Compiler.CompileToString("x \\notag", options, out var notag);
        Compiler.CompileToString("\\begin{align*} x \\end{align*}", options, out var starred);
        Assert.False(notag.UsedAutoNumber);
        Assert.False(starred.UsedAutoNumber);
        Assert.Null(starred.Tag);
    }

    [Fact]
    public void Tags_inside_align_rows_get_a_tag_column_per_row()
    {
        var body = Body("\\begin{align} a &= b \\tag{1} \\label{first} \\\\ c &= d \\end{align}", display: true);
        Assert.Equal(Canonical(
            "<mtable class=\"ink-align ink-row-tags\" displaystyle=\"true\">" +
            "<mtr id=\"eq-first\"><mtd class=\"ink-r\"><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mi>a</mi></mtd><mtd class=\"ink-l\"><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mrow><mo>=</mo><mi>b</mi></mrow></mtd><mtd class=\"ink-tag\"><mtext>(1)</mtext></mtd></mtr>" +
            "<mtr><mtd class=\"ink-r\"><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mi>c</mi></mtd><mtd class=\"ink-l\"><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mrow><mo>=</mo><mi>d</mi></mrow></mtd><mtd class=\"ink-tag\"></mtd></mtr></mtable>"), body);
    }

    [Fact]
    public void Row_labels_report_their_row_tag()
    {
        Compiler.CompileToString("\\begin{align} a \\tag{1} \\label{x} \\\\ b \\tag{2} \\label{y} \\end{align}", MathRenderOptions.Block, out var result);
        Assert.Equal([new MathLabel("x", "1"), new MathLabel("y", "2")], result.Labels);
        Assert.Null(result.Tag);
    }

    [Fact]
    public void Eqref_links_to_the_label_and_shows_the_number_in_parentheses()
    {
        var options = new MathRenderOptions { ResolveLabel = label => label == "eq:ppo" ? "3" : null, IdPrefix = "post-eq-" };
        Assert.Equal(Canonical("<mtext><a href=\"#post-eq-eq:ppo\">(3)</a></mtext>"), Body("\\eqref{eq:ppo}", options));
        Assert.Equal(Canonical("<mtext><a href=\"#post-eq-eq:ppo\">3</a></mtext>"), Body("\\ref{eq:ppo}", options));
    }

    [Fact]
    public void Unknown_reference_is_an_error_but_the_formula_still_renders()
    {
        var html = Compiler.CompileToString("x=\\eqref{nope}", new MathRenderOptions { ResolveLabel = _ => null }, out var result);
        Assert.False(result.RenderedAsError);
        var error = Assert.Single(result.Errors);
        Assert.Equal((9, 4), (error.Offset, error.Length));
        Assert.Contains("(??)", html, StringComparison.Ordinal);
        Assert.Equal(["nope"], result.ReferencedLabels);
    }

    [Fact]
    public void Without_a_resolver_references_are_collected_but_not_checked()
    {
        Compiler.CompileToString("\\eqref{a}\\ref{b}", MathRenderOptions.Inline, out var result);
        Assert.Empty(result.Errors);
        Assert.Equal(["a", "b"], result.ReferencedLabels);
    }

    [Fact]
    public void Label_ids_replace_characters_that_break_urls() =>
        Assert.Contains("id=\"eq-a-b--c\"", Compiler.CompileToString("x\\label{a b\"<c}", MathRenderOptions.Block), StringComparison.Ordinal);

    [Fact]
    public void Tag_in_inline_math_is_an_error()
    {
        var error = Error("x \\tag{1}");
        Assert.Equal((2, 4), (error.Offset, error.Length));
    }

    [Fact]
    public void Strict_marks_errors_as_fatal()
    {
        Compiler.CompileToString("\\frac{", new MathRenderOptions { Strict = true }, out var strict);
        Compiler.CompileToString("\\frac{", MathRenderOptions.Inline, out var lenient);
        Assert.True(strict.IsFatal);
        Assert.False(lenient.IsFatal);
        Assert.Single(lenient.Errors);
    }
}
