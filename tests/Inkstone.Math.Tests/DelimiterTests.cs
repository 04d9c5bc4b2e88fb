using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

public sealed class DelimiterTests
{
    [Fact]
    public void Plain_parentheses_do_not_stretch() =>
        Renders("(x)", "<mrow><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>");

    [Fact]
    public void Left_and_right_stretch_and_are_fences() =>
        Renders("\\left[ x \\right]",
            "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">[</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">]</mo></mrow>");

    [Fact]
    public void Middle_stretches_between_left_and_right() =>
        Renders("\\left\\{ x \\middle| y \\right\\}",
            "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">{</mo><mi>x</mi><mo lspace=\"0.05em\" rspace=\"0.05em\" stretchy=\"true\">|</mo><mi>y</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">}</mo></mrow>");

    [Fact]
    public void A_period_is_an_invisible_delimiter() =>
        Renders("\\left. x \\right|", "<mrow><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">|</mo></mrow>");

    [Fact]
    public void Angle_brackets_and_norms_are_delimiters() =>
        Renders("\\left\\langle x \\right\\rangle",
            "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">⟨</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">⟩</mo></mrow>");

    [Fact]
    public void Big_sizes_fix_the_delimiter_height()
    {
        // TeX's sizes, 1.2em to 3em; the box is narrowed to the size variant's width (Chromium makes it as wide as the widest variant).
        Renders("\\big(", "<mpadded width=\"0.458em\"><mo lspace=\"0em\" maxsize=\"1.2em\" minsize=\"1.2em\" rspace=\"0em\" stretchy=\"true\" symmetric=\"true\">(</mo></mpadded>");
        Renders("\\Bigl(", "<mpadded width=\"0.597em\"><mo maxsize=\"1.8em\" minsize=\"1.8em\" stretchy=\"true\" symmetric=\"true\">(</mo></mpadded>");
        Assert.Contains("minsize=\"2.4em\"", Body("\\biggr]"), StringComparison.Ordinal);
        Assert.Contains("0.528em", Body("\\biggr]"), StringComparison.Ordinal);
        Assert.Contains("minsize=\"3em\"", Body("\\Biggm|"), StringComparison.Ordinal);
        Assert.DoesNotContain("mpadded", Body("\\Biggm|"), StringComparison.Ordinal);
    }

    [Fact]
    public void Right_without_left_is_an_error()
    {
        var error = Error("x \\right)");
        Assert.Equal((2, 6), (error.Offset, error.Length));
    }

    [Fact]
    public void Left_without_right_points_at_the_left()
    {
        var error = Error("a + \\left( x");
        Assert.Equal((4, 5), (error.Offset, error.Length));
    }
}
