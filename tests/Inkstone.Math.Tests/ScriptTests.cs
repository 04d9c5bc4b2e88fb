using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

public sealed class ScriptTests
{
    [Fact]
    public void Subscript_becomes_msub() => Renders("x_i", "<msub><mi>x</mi><mpadded voffset=\"0.139em\"><mi>i</mi></mpadded></msub>");

    [Fact]
    public void Sub_and_superscript_in_either_order_become_msubsup()
    {
        Renders("x_i^2", "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>");
        Renders("x^2_i", "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>");
    }

    [Fact]
    public void A_single_token_script_takes_one_digit() =>
        Renders("x^23", "<mrow><msup><mi>x</mi><mn>2</mn></msup><mn>3</mn></mrow>");

    [Fact]
    public void Braced_script_takes_the_group() =>
        Renders("e^{-x}", "<msup><mi>e</mi><mrow><mo lspace=\"0em\" rspace=\"0em\">−</mo><mi>x</mi></mrow></msup>");

    [Fact]
    public void Primes_become_superscript_prime_characters()
    {
        // f is tall: TeX counts no character's height when it raises a superscript. Its italic correction goes before the prime.
        const string F = "<mpadded height=\"0.6em\"><mi>f</mi></mpadded>";
        const string Kern = "<mspace width=\"0.1537em\"></mspace>";
        Renders("f'", $"<msup>{F}<mrow>{Kern}<mo lspace=\"0em\" rspace=\"0em\">′</mo></mrow></msup>");
        Renders("f''", $"<msup>{F}<mrow>{Kern}<mo lspace=\"0em\" rspace=\"0em\">″</mo></mrow></msup>");
        Renders("f'^2", $"<msup>{F}<mrow>{Kern}<mrow><mo lspace=\"0em\" rspace=\"0em\">′</mo><mn>2</mn></mrow></mrow></msup>");
        Renders("x'", "<msup><mi>x</mi><mo lspace=\"0em\" rspace=\"0em\">′</mo></msup>");
    }

    [Fact]
    public void Greek_letters_are_italic_mi_and_capitals_upright()
    {
        Renders("\\theta", "<mi>θ</mi>");
        Renders("\\Omega", "<mi mathvariant=\"normal\">Ω</mi>");
        Renders("\\varepsilon\\epsilon", "<mrow><mi>ε</mi><mi>ϵ</mi></mrow>");
    }

    [Fact]
    public void Numbers_with_a_decimal_point_are_one_mn() =>
        Renders("3.14x", "<mrow><mn>3.14</mn><mi>x</mi></mrow>");

    [Fact]
    public void A_trailing_period_is_not_part_of_the_number() =>
        Renders("3.", "<mrow><mn>3</mn><mo lspace=\"0em\" rspace=\"0em\">.</mo></mrow>");

    [Fact]
    public void Script_without_base_attaches_to_an_empty_row() =>
        Renders("^2", "<msup><mrow></mrow><mn>2</mn></msup>");

    [Fact]
    public void Policy_notation_keeps_the_bar_unspaced() =>
        Renders("\\pi_\\theta(a|s)",
            "<mrow><msub><mi>π</mi><mpadded voffset=\"0.139em\"><mi>θ</mi></mpadded></msub><mo stretchy=\"false\">(</mo><mi>a</mi><mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">|</mo><mi>s</mi><mo stretchy=\"false\">)</mo></mrow>");

    [Fact]
    public void A_bare_function_name_is_a_whole_script_as_in_MathJax() =>
        Assert.Equal(Body("t_{\\max}"), Body("t_\\max"));

    [Theory]
    [InlineData("x^\\prime", "<msup><mi>x</mi><mo lspace=\"0em\" rspace=\"0em\">′</mo></msup>")]
    [InlineData("a_\\alpha", "<msub><mi>a</mi><mpadded voffset=\"0.139em\"><mi>α</mi></mpadded></msub>")]
    [InlineData("e^\\infty", "<msup><mi>e</mi><mi>∞</mi></msup>")]
    public void A_bare_symbol_command_is_a_script(string tex, string expected) => Renders(tex, expected);

    [Fact]
    public void A_bare_command_with_arguments_takes_them_into_the_script()
    {
        Renders("x_\\mathrm{in}", "<msub><mi>x</mi><mpadded voffset=\"0.139em\"><mi>in</mi></mpadded></msub>");
        Renders("x^\\frac12", "<msup><mi>x</mi><mfrac><mn>1</mn><mn>2</mn></mfrac></msup>");
        Renders("y_\\text{max}", "<msub><mpadded depth=\"0em\"><mi>y</mi></mpadded><mpadded voffset=\"0.139em\"><mtext>max</mtext></mpadded></msub>");
    }

    [Fact]
    public void Limits_between_the_underscore_and_the_script_applies_to_the_operator_as_in_MathJax() =>
        Assert.Equal(Body("\\sum\\limits_{i=1}^n"), Body("\\sum_\\limits{i=1}^n"));

    [Fact]
    public void A_macro_as_a_bare_script_expands_first() =>
        Assert.Equal(Canonical("<msub><mi>x</mi><mpadded voffset=\"0.139em\"><mpadded lspace=\"0.042em\" width=\"0.722em\"><mi>ℝ</mi></mpadded></mpadded></msub>"),
            Body("x_\\R", new MathRenderOptions { Macros = MathMacroTable.FromDefinitions([new("\\R", "\\mathbb{R}")]) }));
}
