using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

public sealed class SpacingTests
{
    [Fact]
    public void Binary_minus_keeps_the_dictionary_spacing() => Renders("a-b", "<mrow><mi>a</mi><mo>−</mo><mi>b</mi></mrow>");

    [Fact]
    public void Unary_minus_is_not_spaced()
    {
        Renders("-x", "<mrow><mo lspace=\"0em\" rspace=\"0em\">−</mo><mi>x</mi></mrow>");
        Renders("a=-b", "<mrow><mi>a</mi><mo>=</mo><mo lspace=\"0em\" rspace=\"0em\">−</mo><mi>b</mi></mrow>");
        Renders("(-1)", "<mrow><mo stretchy=\"false\">(</mo><mo lspace=\"0em\" rspace=\"0em\">−</mo><mn>1</mn><mo stretchy=\"false\">)</mo></mrow>");
    }

    [Fact]
    public void Binary_operator_before_a_relation_is_not_spaced() =>
        Renders("+=", "<mrow><mo lspace=\"0em\" rspace=\"0em\">+</mo><mo lspace=\"0.2778em\" rspace=\"0em\">=</mo></mrow>");

    [Fact]
    public void Binary_operator_after_a_comma_is_unary() =>
        Renders("a,-b", "<mrow><mi>a</mi><mo>,</mo><mo lspace=\"0em\" rspace=\"0em\">−</mo><mi>b</mi></mrow>");

    [Theory]
    [InlineData("\\,", "0.1667em")]
    [InlineData("\\:", "0.2222em")]
    [InlineData("\\;", "0.2778em")]
    [InlineData("\\quad", "1em")]
    [InlineData("\\qquad", "2em")]
    [InlineData("\\ ", "0.3333em")]
    [InlineData("~", "0.3333em")]
    [InlineData("\\hspace{2em}", "2em")]
    [InlineData("\\kern1em", "1em")]
    [InlineData("\\mkern18mu", "1em")]
    [InlineData("\\hspace{10pt}", "1em")]
    public void Spacing_commands_become_mspace(string tex, string width) => Renders(tex, $"<mspace width=\"{width}\"></mspace>");

    [Fact]
    public void Negative_space_uses_a_negative_margin() =>
        Renders("\\!", "<mspace style=\"margin-left:-0.1667em\" width=\"0em\"></mspace>");

    [Fact]
    public void Colon_command_is_punctuation() => Renders("f\\colon A", "<mrow><mi>f</mi><mspace width=\"0.1076em\"></mspace><mo lspace=\"0.1111em\" rspace=\"0.3333em\">:</mo><mi>A</mi></mrow>");

    [Fact]
    public void Relations_use_their_unicode_characters() =>
        Renders("a\\leq b\\neq c\\to d", "<mrow><mi>a</mi><mo>≤</mo><mi>b</mi><mo lspace=\"0.2778em\" rspace=\"0.2778em\">≠</mo><mi>c</mi><mo lspace=\"0.2778em\" rspace=\"0.2778em\" stretchy=\"false\">→</mo><mi>d</mi></mrow>");

    [Fact]
    public void Not_negates_a_relation()
    {
        Renders("\\not=", "<mo lspace=\"0em\" rspace=\"0em\">≠</mo>");
        Renders("\\not\\in", "<mo lspace=\"0em\" rspace=\"0em\">∉</mo>");
        Renders("\\not\\prec", "<mo lspace=\"0em\" rspace=\"0em\">⊀</mo>");
        Renders("\\not\\perp", "<mo lspace=\"0em\" rspace=\"0em\">⟂\u0338</mo>");
    }

    [Fact]
    public void Display_style_switch_wraps_the_rest_of_the_group() =>
        Renders("a\\displaystyle\\frac12",
            "<mrow><mi>a</mi><mstyle displaystyle=\"true\" scriptlevel=\"0\"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle></mrow>");

    [Fact]
    public void Script_style_raises_the_script_level() =>
        Renders("\\scriptstyle x", "<mstyle displaystyle=\"false\" scriptlevel=\"1\"><mi>x</mi></mstyle>");

    [Fact]
    public void Smash_and_rlap_remove_height_or_width()
    {
        Renders("\\smash{x}", "<mpadded depth=\"0\" height=\"0\"><mi>x</mi></mpadded>");
        Renders("\\mathrlap{x}", "<mpadded width=\"0\"><mi>x</mi></mpadded>");
    }

    [Fact]
    public void Phantoms_hide_their_content()
    {
        Renders("\\phantom{x}", "<mphantom><mi>x</mi></mphantom>");
        Renders("\\vphantom{x}", "<mpadded width=\"0\"><mphantom><mi>x</mi></mphantom></mpadded>");
        Renders("\\hphantom{x}", "<mpadded depth=\"0\" height=\"0\"><mphantom><mi>x</mi></mphantom></mpadded>");
    }
}
