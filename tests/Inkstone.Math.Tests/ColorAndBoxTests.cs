using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

public sealed class ColorAndBoxTests
{
    [Fact]
    public void Color_switch_colours_the_rest_of_the_group() =>
        Renders("{\\color{red} x} y", "<mrow><mstyle mathcolor=\"red\"><mi>x</mi></mstyle><mi>y</mi></mrow>");

    [Fact]
    public void Textcolor_accepts_hex_colours() =>
        Renders("\\textcolor{#FF8800}{x}", "<mstyle mathcolor=\"#ff8800\"><mi>x</mi></mstyle>");

    [Fact]
    public void Html_colour_model_is_accepted() => Renders("\\color[HTML]{00AA00} x", "<mstyle mathcolor=\"#00aa00\"><mi>x</mi></mstyle>");

    [Theory]
    [InlineData("\\color{red\" onmouseover=\"alert(1)}x")]
    [InlineData("\\color{url(javascript:alert(1))}x")]
    [InlineData("\\textcolor{expression(alert(1))}{x}")]
    [InlineData("\\colorbox{#12345}{x}")]
    public void Colours_outside_the_safe_set_are_errors(string tex)
    {
        var error = Error(tex);
        Assert.StartsWith("Unknown colour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Colorbox_sets_the_background_around_text() =>
        Renders("\\colorbox{yellow}{hi}", "<mrow class=\"ink-colorbox\" mathbackground=\"yellow\"><mtext>hi</mtext></mrow>");

    [Fact]
    public void Boxed_uses_the_stylesheet_frame() => Renders("\\boxed{x}", "<mrow class=\"ink-boxed\"><mi>x</mi></mrow>");

    [Theory]
    [InlineData("cancel")]
    [InlineData("bcancel")]
    [InlineData("xcancel")]
    public void Cancel_marks_use_the_stylesheet_strokes(string command) =>
        Renders($"\\{command}{{x}}", $"<mrow class=\"ink-{command}\"><mi>x</mi></mrow>");

    [Fact]
    public void Stackrel_puts_a_label_over_a_relation() =>
        Renders("a\\stackrel{def}{=}b", "<mrow><mi>a</mi><mspace width=\"0.2778em\"></mspace><mover><mo lspace=\"0em\" rspace=\"0em\">=</mo><mrow><mi>d</mi><mi>e</mi><mi>f</mi></mrow></mover><mspace width=\"0.2778em\"></mspace><mi>b</mi></mrow>");

    [Fact]
    public void Overset_and_underset_place_scripts() =>
        Renders("\\overset{!}{=}\\underset{x}{\\max}",
            "<mrow><mover><mo lspace=\"0em\" rspace=\"0em\">=</mo><mo>!</mo></mover><mspace width=\"0.2778em\"></mspace><munder><mo lspace=\"0em\" movablelimits=\"true\" rspace=\"0em\">max</mo><mi>x</mi></munder></mrow>", display: true);

    [Fact]
    public void Extensible_arrows_carry_labels_over_and_under_padded_to_the_arrow_s_least_width() =>
        Renders("\\xrightarrow[b]{a}",
            "<munderover><mo lspace=\"0em\" rspace=\"0em\" stretchy=\"true\">→</mo>"
            + "<mpadded voffset=\"0.194em\"><mrow><mspace width=\"0.799em\"></mspace><mi>b</mi><mspace width=\"0.799em\"></mspace></mrow></mpadded>"
            + "<mpadded voffset=\"-0.194em\"><mrow><mspace width=\"0.799em\"></mspace><mi>a</mi><mspace width=\"0.799em\"></mspace></mrow></mpadded></munderover>");

    [Fact]
    public void A_long_arrow_label_keeps_amsmath_s_room_on_each_side() =>
        Assert.Contains("<mrow><mspace width=\"0.4286em\"></mspace><mtext>training step</mtext><mspace width=\"0.4286em\"></mspace></mrow>",
            Body("\\xrightarrow{\\text{training step}}"), StringComparison.Ordinal);

    [Fact]
    public void Extensible_arrow_between_letters_has_relation_spaces_beside_it() =>
        Assert.StartsWith("<mrow><mi>A</mi><mspace width=\"0.2778em\"></mspace><mover>", Body("A\\xrightarrow{f}B"), StringComparison.Ordinal);

    [Fact]
    public void Extensible_arrow_without_under_text_is_mover() =>
        Assert.StartsWith("<mover><mo lspace=\"0em\" rspace=\"0em\" stretchy=\"true\">←</mo>", Body("\\xleftarrow{f}"), StringComparison.Ordinal);
}
