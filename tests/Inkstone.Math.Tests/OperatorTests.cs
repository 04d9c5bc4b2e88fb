using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

public sealed class OperatorTests
{
    [Fact]
    public void Sum_puts_limits_above_and_below_in_display_style() =>
        Renders("\\sum_{i=1}^n",
            "<munderover><mo lspace=\"0em\" rspace=\"0em\">∑</mo><mrow><mi>i</mi><mo lspace=\"0em\" rspace=\"0em\">=</mo><mn>1</mn></mrow><mi>n</mi></munderover>", display: true);

    [Fact]
    public void Sum_in_text_style_puts_limits_beside_with_TeX_s_subscript_drop() =>
        Renders("\\sum_{i=1}^n",
            "<msubsup><mpadded depth=\"0.11em\"><mo lspace=\"0em\" rspace=\"0em\">∑</mo></mpadded><mrow><mi>i</mi><mo lspace=\"0em\" rspace=\"0em\">=</mo><mn>1</mn></mrow><mi>n</mi></msubsup>");

    [Fact]
    public void Integral_puts_limits_beside_and_the_subscript_back_by_the_italic_correction() =>
        Renders("\\int_0^1", "<msubsup><mpadded depth=\"0.16em\"><mo lspace=\"0em\" rspace=\"0em\">∫</mo></mpadded>" +
            "<mrow><mspace style=\"margin-left:-0.277em\" width=\"0em\"></mspace><mn>0</mn></mrow><mn>1</mn></msubsup>");

    [Fact]
    public void Display_integral_has_its_own_drop_and_italic_correction() =>
        Renders("\\int_0^1", "<msubsup><mpadded depth=\"0.71em\"><mo lspace=\"0em\" rspace=\"0em\">∫</mo></mpadded>" +
            "<mrow><mspace style=\"margin-left:-0.631em\" width=\"0em\"></mspace><mn>0</mn></mrow><mn>1</mn></msubsup>", display: true);

    [Fact]
    public void Limits_forces_limits_above_and_below() =>
        Renders("\\int\\limits_0^1", "<munderover><mo lspace=\"0em\" movablelimits=\"false\" rspace=\"0em\">∫</mo><mn>0</mn><mn>1</mn></munderover>");

    [Fact]
    public void Nolimits_puts_sum_limits_beside() => Renders("\\sum\\nolimits_i", "<msub><mpadded depth=\"0.11em\"><mo lspace=\"0em\" rspace=\"0em\">∑</mo></mpadded><mi>i</mi></msub>");

    [Fact]
    public void Limits_after_a_letter_is_an_error()
    {
        var error = Error("x\\limits_0");
        Assert.Equal((1, 7), (error.Offset, error.Length));
    }

    [Theory]
    [InlineData("iint", "∬")]
    [InlineData("oint", "∮")]
    [InlineData("bigcup", "⋃")]
    [InlineData("prod", "∏")]
    public void Big_operators_use_their_unicode_character(string command, string character) =>
        Renders($"\\{command}", $"<mo lspace=\"0em\" rspace=\"0em\">{character}</mo>");

    [Fact]
    public void Lim_is_an_operator_with_movable_limits_and_a_thin_space() =>
        Renders("\\lim_{n\\to\\infty} a",
            "<mrow><munder><mo lspace=\"0em\" movablelimits=\"true\" rspace=\"0em\">lim</mo><mrow><mi>n</mi><mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">→</mo><mi>∞</mi></mrow></munder><mo>\u2061</mo><mspace width=\"0.1667em\"></mspace><mi>a</mi></mrow>", display: true);

    [Fact]
    public void Lim_in_text_style_takes_its_limits_as_scripts_dropped_as_TeX_drops_them()
    {
        Assert.StartsWith("<mrow><msub><mo lspace=\"0em\" movablelimits=\"true\" rspace=\"0em\">lim</mo><mpadded voffset=\"0.139em\"><mi>n</mi></mpadded></msub>",
            Body("\\lim_{n} a"), StringComparison.Ordinal);
        Assert.StartsWith("<mrow><msub><mpadded depth=\"0.044em\"><mo lspace=\"0em\" movablelimits=\"true\" rspace=\"0em\">sup</mo></mpadded>",
            Body("\\sup_{n} a"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_word_operator_names_are_a_thin_space_apart() =>
        Assert.Contains("lim\u2006inf", Body("\\liminf_n x_n"), StringComparison.Ordinal);

    [Fact]
    public void Function_before_a_parenthesis_gets_no_thin_space() =>
        Renders("\\log(x)", "<mrow><mi>log</mi><mo>\u2061</mo><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>");

    [Fact]
    public void Arg_max_written_as_two_functions_keeps_both() =>
        Assert.Contains("<mi>arg</mi>", Body("\\arg\\max_x f"), StringComparison.Ordinal);

    [Fact]
    public void Mathop_makes_an_operator_with_limits() =>
        Renders("\\mathop{\\mathrm{ess\\,sup}}_x", "<munder><mrow><mi>ess</mi><mspace width=\"0.1667em\"></mspace><mi>sup</mi></mrow><mi>x</mi></munder>");

    [Fact]
    public void Mathrel_and_mathbin_keep_an_operator_and_change_its_class()
    {
        Renders("a\\mathbin{\\star}b", $"<mrow><mi>a</mi><mo{Medium}>⋆</mo><mi>b</mi></mrow>");
        Renders("a\\mathrel{x}b",
            $"<mrow><mi>a</mi><mo{Thick}>x</mo><mi>b</mi></mrow>");
        Renders("a\\mathrel{xy}b",
            "<mrow><mi>a</mi><mrow><mspace width=\"0.2778em\"></mspace><mrow><mi>x</mi><mi>y</mi></mrow><mspace width=\"0.2778em\"></mspace></mrow><mi>b</mi></mrow>");
    }

    [Fact]
    public void Bmod_is_a_binary_operator_with_amsmaths_5mu_on_each_side() =>
        Renders("a\\bmod b", "<mrow><mi>a</mi><mo lspace=\"0.2778em\" rspace=\"0.2778em\">mod</mo><mi>b</mi></mrow>");

    [Fact]
    public void A_comma_in_braces_is_an_ordinary_atom_without_space_after_it() =>
        Renders("1{,}000", "<mrow><mn>1</mn><mo lspace=\"0em\" rspace=\"0em\">,</mo><mn>000</mn></mrow>");

    [Fact]
    public void Binom_in_display_style_takes_parentheses_of_TeX_size_three() =>
        Assert.Contains("minsize=\"2.4em\"", Body("\\binom{n}{k}", display: true), StringComparison.Ordinal);

    [Fact]
    public void Pmod_writes_parenthesised_mod() =>
        Renders("a\\pmod{n}",
            "<mrow><mi>a</mi><mrow><mspace width=\"0.4444em\"></mspace><mrow><mo stretchy=\"false\">(</mo><mi>mod</mi><mspace width=\"0.3333em\"></mspace><mi>n</mi><mo stretchy=\"false\">)</mo></mrow></mrow></mrow>");

    [Fact]
    public void Dots_have_their_characters()
    {
        Renders("\\ldots\\cdots\\vdots\\ddots", "<mrow><mo lspace=\"0.1675em\" rspace=\"0.3342em\">…</mo><mo lspace=\"0.198em\" rspace=\"0.3647em\">⋯</mo><mpadded depth=\"0em\" height=\"1.5em\" lspace=\"0.03em\" width=\"0.278em\"><mi>⋮</mi></mpadded><mo lspace=\"0.4432em\" rspace=\"0.2765em\">⋱</mo></mrow>");
        Renders("\\dots", "<mrow><mspace width=\"0.1675em\"></mspace><mo lspace=\"0em\" rspace=\"0em\">…</mo><mspace width=\"0.1675em\"></mspace></mrow>");
    }

    [Fact]
    public void Vdots_is_as_tall_and_as_wide_as_TeX_s_box() =>
        Renders("\\vdots", "<mpadded depth=\"0em\" height=\"1.5em\" lspace=\"0.03em\" width=\"0.278em\"><mi>⋮</mi></mpadded>");

    [Fact]
    public void Diagonal_dots_are_as_wide_as_TeX_s_three_dots_and_kerns() =>
        Renders("a\\ddots b", "<mrow><mi>a</mi><mo lspace=\"0.4432em\" rspace=\"0.4432em\">⋱</mo><mi>b</mi></mrow>");

    [Fact]
    public void Dots_alone_in_a_matrix_cell_are_padded_with_spaces_Chromium_keeps() =>
        Assert.Contains("<mspace width=\"0.198em\"></mspace><mo lspace=\"0em\" rspace=\"0em\">⋯</mo><mspace width=\"0.198em\"></mspace>",
            Body("\\begin{matrix} a & \\cdots \\end{matrix}"), StringComparison.Ordinal);
}
