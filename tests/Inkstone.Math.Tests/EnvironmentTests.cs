using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

public sealed class EnvironmentTests
{
    [Fact]
    public void Matrix_is_an_mtable() =>
        Renders("\\begin{matrix} a & b \\\\ c & d \\end{matrix}",
            "<mtable class=\"ink-matrix\"><mtr><mtd><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mi>a</mi></mtd><mtd><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mi>b</mi></mtd></mtr><mtr><mtd><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mi>c</mi></mtd><mtd><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mi>d</mi></mtd></mtr></mtable>");

    [Theory]
    [InlineData("pmatrix", "(", ")", "0.458em")]
    [InlineData("bmatrix", "[", "]", "0.417em")]
    [InlineData("Bmatrix", "{", "}", "0.583em")]
    public void A_one_row_matrix_has_fences_of_TeX_size_one_narrowed_to_the_glyph(string name, string open, string close, string width) =>
        Renders($"\\begin{{{name}}} 1 \\end{{{name}}}",
            $"<mrow><mpadded width=\"{width}\"><mo style=\"width:{width}\" fence=\"true\" form=\"prefix\" maxsize=\"1.2em\" minsize=\"1.2em\" stretchy=\"true\" symmetric=\"true\">{open}</mo></mpadded>" +
            $"<mtable class=\"ink-matrix\"><mtr><mtd><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mn>1</mn></mtd></mtr></mtable>" +
            $"<mpadded width=\"{width}\"><mo style=\"width:{width}\" fence=\"true\" form=\"postfix\" maxsize=\"1.2em\" minsize=\"1.2em\" stretchy=\"true\" symmetric=\"true\">{close}</mo></mpadded></mrow>");

    [Theory]
    [InlineData("vmatrix", "|")]
    [InlineData("Vmatrix", "‖")]
    public void Bars_of_a_matrix_have_no_big_sizes_and_stretch_as_wide_as_TeX_s(string name, string bar)
    {
        var width = bar == "|" ? "lspace=\"0.0275em\" width=\"0.333em\"" : "lspace=\"0.079em\" width=\"0.556em\"";
        Renders($"\\begin{{{name}}} 1 \\\\ 2 \\end{{{name}}}",
            $"<mrow><mpadded {width}><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">{bar}</mo></mpadded><mtable class=\"ink-matrix\"><mtr><mtd><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mn>1</mn></mtd></mtr>" +
            $"<mtr><mtd><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mn>2</mn></mtd></mtr></mtable><mpadded {width}><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">{bar}</mo></mpadded></mrow>");
    }

    [Fact]
    public void Smallmatrix_is_one_script_level_down_with_rows_spaced_by_KaTeX_struts() =>
        Renders("\\begin{smallmatrix} a \\end{smallmatrix}",
            "<mtable class=\"ink-small\" scriptlevel=\"1\"><mtr><mtd><mspace depth=\"0.286em\" height=\"0.666em\"></mspace><mi>a</mi></mtd></mtr></mtable>");

    [Fact]
    public void A_trailing_line_break_does_not_add_an_empty_row() =>
        Assert.Equal(1, Body("\\begin{matrix} a \\\\ \\end{matrix}").Split("<mtr>").Length - 1);

    [Fact]
    public void Cases_has_a_left_brace_and_left_aligned_columns() =>
        Renders("\\begin{cases} 1 & x>0 \\\\ 0 & \\text{otherwise} \\end{cases}",
            "<mrow><mpadded width=\"0.806em\"><mo style=\"width:0.806em\" fence=\"true\" form=\"prefix\" maxsize=\"3em\" minsize=\"3em\" stretchy=\"true\" symmetric=\"true\">{</mo></mpadded><mtable class=\"ink-cases\">" +
            "<mtr><mtd class=\"ink-l\"><mspace height=\"1.008em\" depth=\"0.432em\"></mspace><mn>1</mn></mtd><mtd class=\"ink-l\"><mspace height=\"1.008em\" depth=\"0.432em\"></mspace><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr>" +
            "<mtr><mtd class=\"ink-l\"><mspace height=\"1.008em\" depth=\"0.432em\"></mspace><mn>0</mn></mtd><mtd class=\"ink-l\"><mspace height=\"1.008em\" depth=\"0.432em\"></mspace><mtext>otherwise</mtext></mtd></mtr></mtable><mspace width=\"0.12em\"></mspace></mrow>");

    [Fact]
    public void Rcases_has_a_right_brace_and_dcases_display_style()
    {
        // rcases is \left. ... \right\}: TeX's null delimiter space before the rows.
        Assert.StartsWith("<mrow><mspace width=\"0.12em\"></mspace><mtable class=\"ink-cases\">", Body("\\begin{rcases} a \\end{rcases}"), StringComparison.Ordinal);
        Assert.EndsWith("<mo fence=\"true\" form=\"postfix\" maxsize=\"1.8em\" minsize=\"1.8em\" stretchy=\"true\" style=\"width:0.667em\" symmetric=\"true\">}</mo></mpadded></mrow>", Body("\\begin{rcases} a \\end{rcases}"), StringComparison.Ordinal);
        Assert.Contains("displaystyle=\"true\"", Body("\\begin{dcases} a \\end{dcases}"), StringComparison.Ordinal);
    }

    [Fact]
    public void Aligned_alternates_right_and_left_columns_and_spaces_a_leading_relation() =>
        Renders("\\begin{aligned} a &= b \\\\ &= c \\end{aligned}",
            "<mtable class=\"ink-align\" displaystyle=\"true\">" +
            "<mtr><mtd class=\"ink-r\"><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mi>a</mi></mtd><mtd class=\"ink-l\"><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mrow><mo>=</mo><mi>b</mi></mrow></mtd></mtr>" +
            "<mtr><mtd class=\"ink-r\"><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mrow></mrow></mtd><mtd class=\"ink-l\"><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mrow><mo>=</mo><mi>c</mi></mrow></mtd></mtr></mtable>");

    [Fact]
    public void Binary_operator_at_the_start_of_an_aligned_column_stays_binary() =>
        Assert.Contains("<mo form=\"infix\">+</mo>", Body("\\begin{aligned} a &= b \\\\ &+ c \\end{aligned}"), StringComparison.Ordinal);

    [Fact]
    public void Array_column_spec_sets_alignment_and_rules() =>
        Renders("\\begin{array}{l|r} a & b \\\\ \\hline c & d \\end{array}",
            "<mtable class=\"ink-array\"><mtr><mtd class=\"ink-l\"><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mi>a</mi></mtd><mtd class=\"ink-r ink-vl\"><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mi>b</mi></mtd></mtr>" +
            "<mtr><mtd class=\"ink-l ink-ht\"><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mi>c</mi></mtd><mtd class=\"ink-r ink-vl ink-ht\"><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mi>d</mi></mtd></mtr></mtable>");

    [Fact]
    public void Subarray_under_a_sum_is_small() =>
        Assert.Contains("<mtable class=\"ink-subarray\" scriptlevel=\"1\">", Body("\\sum_{\\begin{subarray}{c} i \\\\ j \\end{subarray}}"), StringComparison.Ordinal);

    [Fact]
    public void Substack_stacks_lines_in_script_size() =>
        Renders("\\sum_{\\substack{i<j \\\\ j<k}}",
            "<msub><mpadded depth=\"0.11em\"><mo lspace=\"0em\" rspace=\"0em\">∑</mo></mpadded><mtable class=\"ink-subarray\" scriptlevel=\"1\"><mtr><mtd><mrow><mi>i</mi><mo lspace=\"0em\" rspace=\"0em\">&lt;</mo><mi>j</mi></mrow></mtd></mtr>" +
            "<mtr><mtd><mrow><mi>j</mi><mspace width=\"0.0572em\"></mspace><mo lspace=\"0em\" rspace=\"0em\">&lt;</mo><mi>k</mi></mrow></mtd></mtr></mtable></msub>");

    [Fact]
    public void Gather_centres_rows() =>
        Renders("\\begin{gather} a \\\\ b \\end{gather}",
            "<mtable class=\"ink-gather\" displaystyle=\"true\"><mtr><mtd><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mi>a</mi></mtd></mtr><mtr><mtd><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mi>b</mi></mtd></mtr></mtable>", display: true);

    [Fact]
    public void Equation_environment_is_just_its_body() => Renders("\\begin{equation} x \\end{equation}", "<mi>x</mi>", display: true);

    [Fact]
    public void Top_level_line_break_in_display_math_stacks_lines() =>
        Renders("a \\\\ b", "<mtable class=\"ink-gather\" displaystyle=\"true\"><mtr><mtd><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mi>a</mi></mtd></mtr><mtr><mtd><mspace height=\"0.84em\" depth=\"0.36em\"></mspace><mi>b</mi></mtd></mtr></mtable>", display: true);

    [Fact]
    public void Mismatched_end_is_an_error_at_the_end_name()
    {
        var error = Error("\\begin{matrix} a \\end{pmatrix}");
        Assert.Equal((22, 7), (error.Offset, error.Length));
    }

    [Fact]
    public void Unknown_environment_suggests_a_known_one()
    {
        var error = Error("\\begin{algined} a \\end{algined}");
        Assert.Equal((7, 7), (error.Offset, error.Length));
        Assert.Equal("did you mean aligned?", error.Hint);
    }

    [Fact]
    public void Bordermatrix_puts_the_labels_outside_parentheses_that_span_the_entry_rows()
    {
        const string Phantom = "<mpadded width=\"0\"><mphantom><mtable class=\"ink-matrix\"><mtr><mtd><mn>1</mn></mtd></mtr></mtable></mphantom></mpadded>";
        Renders("\\bordermatrix{ & x \\cr p & 1 \\cr}",
            "<mtable class=\"ink-matrix\"><mtr><mtd></mtd><mtd></mtd><mtd><mi>x</mi></mtd><mtd></mtd></mtr>" +
            "<mtr><mtd><mi>p</mi></mtd>" +
            $"<mtd rowspan=\"1\" style=\"vertical-align:middle;padding:0\"><mrow><mo stretchy=\"true\" symmetric=\"true\">(</mo>{Phantom}</mrow></mtd>" +
            "<mtd><mn>1</mn></mtd>" +
            $"<mtd rowspan=\"1\" style=\"vertical-align:middle;padding:0\"><mrow><mo stretchy=\"true\" symmetric=\"true\">)</mo>{Phantom}</mrow></mtd></mtr></mtable>",
            display: true);
    }

    [Fact]
    public void Bordermatrix_takes_latex_line_breaks_and_pads_short_rows() =>
        Assert.Equal(Body("\\bordermatrix{ & x & y \\cr p & 1 & \\cr q & 0 & 1 }"), Body("\\bordermatrix{ & x & y \\\\ p & 1 \\\\ q & 0 & 1 }"));

    [Fact]
    public void Bordermatrix_without_a_row_of_entries_is_an_error()
    {
        var error = Error("\\bordermatrix{ & x }");
        Assert.Equal((0, 13), (error.Offset, error.Length));
    }
}
