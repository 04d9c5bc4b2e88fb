using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

/// <summary>TeX written for MathJax (Hexo, Jekyll and Hugo blogs) compiles.</summary>
public sealed class MathJaxInputTests
{
    [Fact]
    public void Lt_and_gt_are_relations() =>
        Renders("a \\lt b \\gt c", "<mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi><mo>&gt;</mo><mi>c</mi></mrow>");

    [Fact]
    public void Lt_and_gt_after_left_and_right_are_angle_brackets_as_in_MathJax() =>
        Renders("\\left\\lt x \\right\\gt",
            "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"false\">⟨</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"false\">⟩</mo></mrow>");

    [Fact]
    public void And_is_an_ampersand_spaced_as_a_relation_with_a_thick_space_each_side() =>
        Renders("A \\And B", "<mrow><mi>A</mi><mo lspace=\"0.5556em\" rspace=\"0.5556em\">&amp;</mo><mi>B</mi></mrow>");

    [Fact]
    public void TeX_is_the_logo_with_a_lowered_E() =>
        Renders("\\TeX",
            "<mrow><mtext>T</mtext><mspace width=\"0em\" style=\"margin-left:-0.14em\"></mspace><mpadded voffset=\"-0.5ex\"><mtext>E</mtext></mpadded>" +
            "<mspace width=\"0em\" style=\"margin-left:-0.115em\"></mspace><mtext>X</mtext></mrow>");

    [Fact]
    public void LaTeX_is_the_logo_with_a_small_raised_A_before_TeX() =>
        Renders("\\LaTeX",
            "<mrow><mtext>L</mtext><mspace width=\"0em\" style=\"margin-left:-0.325em\"></mspace><mpadded voffset=\"0.21em\"><mstyle scriptlevel=\"1\"><mtext>A</mtext></mstyle></mpadded>" +
            "<mspace width=\"0em\" style=\"margin-left:-0.17em\"></mspace><mtext>T</mtext><mspace width=\"0em\" style=\"margin-left:-0.14em\"></mspace>" +
            "<mpadded voffset=\"-0.5ex\"><mtext>E</mtext></mpadded><mspace width=\"0em\" style=\"margin-left:-0.115em\"></mspace><mtext>X</mtext></mrow>");

    [Fact]
    public void Logos_work_inside_text() =>
        Assert.Contains("<mtext>T</mtext>", Body("\\text{made with \\LaTeX}"), StringComparison.Ordinal);

    [Fact]
    public void A_control_space_is_a_space() =>
        Renders("a\\ b", "<mrow><mi>a</mi><mspace width=\"0.3333em\"></mspace><mi>b</mi></mrow>");

    [Theory]
    [InlineData("a\\\nb")]
    [InlineData("a\\\r\nb")]
    [InlineData("a\\\tb")]
    public void A_backslash_before_a_line_break_or_a_tab_is_a_control_space(string tex) =>
        Renders(tex, "<mrow><mi>a</mi><mspace width=\"0.3333em\"></mspace><mi>b</mi></mrow>");

    [Fact]
    public void A_backslash_before_a_line_break_inside_text_is_a_space() => Renders("\\text{a\\\nb}", "<mtext>a b</mtext>");

    [Fact]
    public void A_line_break_in_inline_math_is_a_space() =>
        Renders("a \\\\ b", "<mrow><mi>a</mi><mspace width=\"0.3333em\"></mspace><mi>b</mi></mrow>");

    [Fact]
    public void A_trailing_line_break_in_inline_math_is_dropped() =>
        Renders("a = b \\\\[2pt]", "<mrow><mi>a</mi><mo>=</mo><mi>b</mi></mrow>");

    [Fact]
    public void A_line_break_in_a_group_outside_environments_is_a_space_in_display_math_too() =>
        Renders("\\left( a \\newline b \\right)",
            "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"false\">(</mo><mrow><mi>a</mi><mspace width=\"0.3333em\"></mspace><mi>b</mi></mrow>" +
            "<mo fence=\"true\" form=\"postfix\" stretchy=\"false\">)</mo></mrow>", display: true);

    [Fact]
    public void A_top_level_line_break_in_display_math_still_starts_a_line() =>
        Assert.StartsWith("<mtable class=\"ink-gather\"", Body("a \\\\ b", display: true), StringComparison.Ordinal);
}
