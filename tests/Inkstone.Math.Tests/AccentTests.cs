using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

public sealed class AccentTests
{
    [Theory]
    [InlineData("hat", "ˆ")]
    [InlineData("bar", "¯")]
    [InlineData("tilde", "˜")]
    [InlineData("dot", "˙")]
    [InlineData("ddot", "¨")]
    public void Small_accents_do_not_stretch(string command, string mark) =>
        Renders($"\\{command} x", $"<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">{mark}</mo></mover>");

    [Fact]
    public void Vec_is_a_half_size_arrow_as_narrow_as_TeX_s() =>
        Renders("\\vec x", "<mover accent=\"true\"><mi>x</mi><mo mathsize=\"50%\" stretchy=\"false\">→</mo></mover>");

    [Theory]
    [InlineData("widehat", "\u0302")]
    [InlineData("widetilde", "˜")]
    [InlineData("overrightarrow", "→")]
    public void Wide_accents_stretch(string command, string mark) =>
        Renders($"\\{command}{{xy}}", $"<mover accent=\"true\"><mrow><mi>x</mi><mi>y</mi></mrow><mo stretchy=\"true\">{mark}</mo></mover>");

    [Fact]
    public void Overline_and_underline_are_rules_drawn_by_the_stylesheet()
    {
        Renders("\\overline{AB}", "<mrow class=\"ink-overline\"><mrow><mi>A</mi><mi>B</mi></mrow></mrow>");
        Renders("\\underline{x}", "<mrow class=\"ink-underline\"><mi>x</mi></mrow>");
    }

    [Fact]
    public void Underbrace_label_goes_below_the_brace_as_far_as_in_TeX() =>
        Renders("\\underbrace{a+b}_{n}",
            "<munder><munder><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy=\"true\">⏟</mo></munder><mpadded voffset=\"-0.371em\"><mi>n</mi></mpadded></munder>");

    [Fact]
    public void Overbrace_label_goes_above_the_brace_as_far_as_in_TeX() =>
        Renders("\\overbrace{x}^{k}", "<mover><mover><mi>x</mi><mo stretchy=\"true\">⏞</mo></mover><mpadded voffset=\"0.457em\"><mi>k</mi></mpadded></mover>");

    [Fact]
    public void An_accent_over_an_italic_letter_moves_right_by_the_letters_skew()
    {
        Renders("\\hat{A}", "<mover accent=\"true\"><mi>A</mi><mo class=\"ink-skew-139\" stretchy=\"false\">ˆ</mo></mover>");
        Renders("\\hat{f}", "<mover accent=\"true\"><mi>f</mi><mo class=\"ink-skew-167\" stretchy=\"false\">ˆ</mo></mover>");
    }

    [Fact]
    public void An_accent_over_a_letter_without_skew_or_over_a_group_stays_centred()
    {
        Renders("\\hat{a}", "<mover accent=\"true\"><mi>a</mi><mo stretchy=\"false\">ˆ</mo></mover>");
        Assert.DoesNotContain("ink-skew", Body("\\hat{AB}"), StringComparison.Ordinal);
    }
}
