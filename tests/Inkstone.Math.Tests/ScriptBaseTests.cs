using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

/// <summary>
/// Scripts placed as TeX places them (Appendix G, rule 18): the depth and height of a character base do not count,
/// a box base drops its subscript by 0.05em rather than Chromium's 0.2em, and an italic letter's superscript follows
/// its italic correction.
/// </summary>
public sealed class ScriptBaseTests
{
    [Theory]
    [InlineData("y_2", "<msub><mpadded depth=\"0em\"><mi>y</mi></mpadded><mpadded voffset=\"0.139em\"><mn>2</mn></mpadded></msub>")]
    [InlineData("\\hat y_i", "<msub><mpadded depth=\"0em\"><mover accent=\"true\"><mi>y</mi><mo class=\"ink-skew-56\" stretchy=\"false\">ˆ</mo></mover></mpadded><mpadded voffset=\"0.139em\"><mi>i</mi></mpadded></msub>")]
    [InlineData("x_i", "<msub><mi>x</mi><mpadded voffset=\"0.139em\"><mi>i</mi></mpadded></msub>")]
    public void A_character_s_depth_does_not_push_its_subscript_down_and_a_short_subscript_rises_to_TeX_s_sub1(string tex, string expected) =>
        Renders(tex, expected);

    [Fact]
    public void A_bracketed_group_takes_its_scripts_as_its_closing_bracket_would() =>
        Renders("(x)_i^2",
            "<msubsup><mpadded depth=\"0em\" height=\"0.6em\"><mrow><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow></mpadded><mi>i</mi><mn>2</mn></msubsup>");

    [Fact]
    public void A_tall_character_does_not_push_its_superscript_up() =>
        Renders("2^n", "<msup><mpadded height=\"0.6em\"><mn>2</mn></mpadded><mi>n</mi></msup>");

    [Fact]
    public void A_function_name_s_subscript_drops_by_TeX_s_amount() =>
        Assert.Contains("<msub><mpadded depth=\"0.044em\"><mi>log</mi></mpadded><mn>2</mn></msub>", Body("\\log_2 n"), StringComparison.Ordinal);

    [Fact]
    public void An_italic_letter_s_superscript_follows_its_italic_correction() =>
        Renders("V^\\pi", "<msup><mpadded height=\"0.6em\"><mi>V</mi></mpadded><mrow><mspace width=\"0.3174em\"></mspace><mi>π</mi></mrow></msup>");

    [Fact]
    public void Substack_lines_are_set_without_cell_padding() =>
        Assert.Contains("class=\"ink-subarray\"", Body("\\sum_{\\substack{i<j \\\\ j<k}}", display: true), StringComparison.Ordinal);

    [Theory]
    [InlineData("\\begin{alignedat}{2} x &= 1 & y &= 2 \\end{alignedat}", "ink-align ink-alignat")]
    [InlineData("\\begin{aligned} x &= 1 & y &= 2 \\end{aligned}", "ink-align")]
    public void Alignedat_sets_its_column_pairs_side_by_side(string tex, string classes) =>
        Assert.Contains($"class=\"{classes}\"", Body(tex, display: true), StringComparison.Ordinal);

    [Fact]
    public void Size_commands_are_absolute_as_in_TeX() =>
        Renders("\\tiny a \\Huge b", "<mstyle mathsize=\"50%\"><mi>a</mi><mstyle mathsize=\"498%\"><mi>b</mi></mstyle></mstyle>");

    [Theory]
    [InlineData("\\begin{matrix} a \\end{matrix}", "0.84em", "0.36em")]
    [InlineData("\\begin{cases} a \\end{cases}", "1.008em", "0.432em")]
    [InlineData("\\begin{aligned} a \\end{aligned}", "0.84em", "0.36em")]
    public void Table_cells_carry_TeX_s_strut_so_rows_keep_TeX_s_pitch(string tex, string height, string depth) =>
        Assert.Matches($"<mtd( class=\"[^\"]+\")?><mspace depth=\"{depth}\" height=\"{height}\"></mspace>", Body(tex, display: true));

    [Fact]
    public void Brackets_around_aligned_rows_count_the_jot_of_each_row()
    {
        // Two rows of 1.2em plus amsmath's \jot (0.3em, math.css's padding) need the biggest size (3em); without it 2.4em does.
        Assert.Contains("maxsize=\"3em\"", Body("\\left( \\begin{aligned} a \\\\ b \\end{aligned} \\right)", display: true), StringComparison.Ordinal);
        Assert.Contains("maxsize=\"2.4em\"", Body("\\left( \\begin{matrix} a \\\\ b \\end{matrix} \\right)", display: true), StringComparison.Ordinal);
    }
}
