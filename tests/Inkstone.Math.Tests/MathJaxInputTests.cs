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
            "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">⟨</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">⟩</mo></mrow>");

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
        Assert.StartsWith(
            Canonical("<mrow><mtext>L</mtext><mspace width=\"0em\" style=\"margin-left:-0.325em\"></mspace><mpadded voffset=\"0.21em\"><mstyle scriptlevel=\"1\"><mtext>A</mtext></mstyle></mpadded>" +
                "<mspace width=\"0em\" style=\"margin-left:-0.17em\"></mspace><mtext>T</mtext></mrow>")[..^"</mrow>".Length],
            Body("\\LaTeX"), StringComparison.Ordinal);

    [Fact]
    public void Logos_work_inside_text() =>
        Assert.Contains("<mtext>T</mtext>", Body("\\text{made with \\LaTeX}"), StringComparison.Ordinal);
}
