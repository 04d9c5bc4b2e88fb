using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

public sealed class DelimiterTests
{
    [Fact]
    public void Plain_parentheses_do_not_stretch() =>
        Renders("(x)", "<mrow><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>");

    [Fact]
    public void Left_and_right_around_short_content_are_fences_at_text_size() =>
        Renders("\\left[ x \\right]",
            "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"false\">[</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"false\">]</mo></mrow>");

    [Fact]
    public void Middle_stretches_between_left_and_right() =>
        Renders("\\left\\{ x \\middle| y \\right\\}",
            "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"false\">{</mo><mi>x</mi><mo lspace=\"0.05em\" rspace=\"0.05em\" stretchy=\"false\">|</mo><mi>y</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"false\">}</mo></mrow>");

    [Fact]
    public void A_period_is_an_invisible_delimiter_as_wide_as_TeXs_null_delimiter_space() =>
        Renders("\\left. x \\right|", "<mrow><mspace width=\"0.12em\"></mspace><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"false\">|</mo></mrow>");

    [Fact]
    public void Angle_brackets_and_norms_are_delimiters() =>
        Renders("\\left\\langle x \\right\\rangle",
            "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"false\">⟨</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"false\">⟩</mo></mrow>");

    [Theory]
    [InlineData("\\left( x \\right)", false, "stretchy=\"false\"")]
    [InlineData("\\left( \\frac{a}{b} \\right)", false, "maxsize=\"1.2em\"")]
    [InlineData("\\left( \\frac{a}{b} \\right)", true, "maxsize=\"1.8em\"")]
    [InlineData("\\left( \\begin{matrix} a \\\\ b \\end{matrix} \\right)", true, "maxsize=\"2.4em\"")]
    public void Left_and_right_take_the_size_TeX_chooses_for_the_content(string tex, bool display, string size) =>
        Assert.Contains(size, Body(tex, display), StringComparison.Ordinal);

    [Fact]
    public void Content_taller_than_the_biggest_size_leaves_the_browser_to_build_the_bracket() =>
        Assert.DoesNotContain("maxsize", Body("\\left( \\begin{matrix} a \\\\ b \\\\ c \\end{matrix} \\right)", display: true), StringComparison.Ordinal);

    [Fact]
    public void A_sized_fence_is_narrowed_to_the_width_of_the_variant_drawn() =>
        Assert.StartsWith("<mrow><mpadded width=\"0.597em\"><mo fence=\"true\" form=\"prefix\" maxsize=\"1.8em\" minsize=\"1.8em\" stretchy=\"true\" style=\"width:0.597em\"",
            Body("\\left( \\frac{a}{b} \\right)", display: true), StringComparison.Ordinal);

    [Fact]
    public void Left_and_right_are_an_inner_atom_with_thin_spaces_beside_ordinary_atoms() =>
        Renders("a\\left( x \\right)b",
            "<mrow><mi>a</mi><mspace width=\"0.1667em\"></mspace><mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"false\">(</mo><mi>x</mi>" +
            "<mo fence=\"true\" form=\"postfix\" stretchy=\"false\">)</mo></mrow><mspace width=\"0.1667em\"></mspace><mi>b</mi></mrow>");

    [Fact]
    public void A_relation_after_left_and_right_brings_its_own_space() =>
        Assert.DoesNotContain("mspace", Body("\\left( x \\right) = y"), StringComparison.Ordinal);

    [Fact]
    public void Big_sizes_fix_the_delimiter_height()
    {
        // TeX's sizes, 1.2em to 3em; the box is narrowed to the size variant's width (Chromium makes it as wide as the widest variant).
        Renders("\\big(", "<mpadded width=\"0.458em\"><mo style=\"width:0.458em\" lspace=\"0em\" maxsize=\"1.2em\" minsize=\"1.2em\" rspace=\"0em\" stretchy=\"true\" symmetric=\"true\">(</mo></mpadded>");
        Renders("\\Bigl(", "<mpadded width=\"0.597em\"><mo style=\"width:0.597em\" maxsize=\"1.8em\" minsize=\"1.8em\" stretchy=\"true\" symmetric=\"true\">(</mo></mpadded>");
        Assert.Contains("minsize=\"2.4em\"", Body("\\biggr]"), StringComparison.Ordinal);
        Assert.Contains("0.528em", Body("\\biggr]"), StringComparison.Ordinal);
        Assert.Contains("minsize=\"3em\"", Body("\\Biggm|"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\big|", "0.333em", "0.0275em")]
    [InlineData("\\Biggm|", "0.333em", "0.0275em")]
    [InlineData("\\big\\|", "0.556em", "0.079em")]
    [InlineData("\\left\\| \\frac{a}{b} \\right\\|", "0.556em", "0.079em")]
    public void Bars_taller_than_the_text_glyph_are_as_wide_as_TeX_s_extensible_bars(string tex, string width, string indent) =>
        Assert.Contains($"<mpadded lspace=\"{indent}\" width=\"{width}\">", Body(tex), StringComparison.Ordinal);

    [Fact]
    public void A_bar_at_text_size_keeps_its_glyph_width() =>
        Assert.DoesNotContain("mpadded", Body("\\left| x \\right|"), StringComparison.Ordinal);

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
