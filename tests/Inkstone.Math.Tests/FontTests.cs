using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

public sealed class FontTests
{
    [Theory]
    [InlineData("\\mathbb{N}", "ℕ")]
    [InlineData("\\mathbf{x}", "𝐱")]
    [InlineData("\\mathbf{W}", "𝐖")]
    [InlineData("\\mathcal{L}", "ℒ")]
    [InlineData("\\mathcal{B}", "ℬ")]
    [InlineData("\\mathcal{A}", "𝒜")]
    [InlineData("\\mathscr{H}", "ℋ")]
    [InlineData("\\mathfrak{g}", "𝔤")]
    [InlineData("\\mathfrak{R}", "ℜ")]
    [InlineData("\\mathnormal{h}", "ℎ")]
    [InlineData("\\mathsf{A}", "𝖠")]
    [InlineData("\\mathtt{a}", "𝚊")]
    [InlineData("\\boldsymbol{\\theta}", "𝜽")]
    [InlineData("\\bm{x}", "𝒙")]
    [InlineData("\\mathbf{\\Sigma}", "𝚺")]
    public void Styled_letters_become_mathematical_alphanumerics(string tex, string letter) => Renders(tex, $"<mi>{letter}</mi>");

    [Theory]
    [InlineData("\\mathbb{R}", "<mpadded lspace=\"0.042em\" width=\"0.722em\"><mi>ℝ</mi></mpadded>")]
    [InlineData("\\mathbb{E}", "<mpadded lspace=\"0.028em\" width=\"0.667em\"><mi>𝔼</mi></mpadded>")]
    [InlineData("\\mathcal{O}", "<mpadded lspace=\"0.049em\" width=\"0.796em\"><mi>𝒪</mi></mpadded>")]
    public void Letters_Latin_Modern_draws_narrower_than_TeX_are_centred_in_TeX_width(string tex, string expected) => Renders(tex, expected);

    [Fact]
    public void A_widened_letter_under_mathop_is_the_operator_itself() =>
        Assert.StartsWith("<mrow><msub><mo lspace=\"0em\" movablelimits=\"true\" rspace=\"0.1667em\">𝔼</mo>", Body("\\mathop{\\mathbb{E}}_{x} f"), StringComparison.Ordinal);

    [Theory]
    [InlineData("\\mathit{diff}", "<mi class=\"ink-textit\">diff</mi>")]
    [InlineData("\\mathit{x}", "<mi class=\"ink-textit\">x</mi>")]
    [InlineData("\\mathit{x2}", "<mrow><mi class=\"ink-textit\">x</mi><mn class=\"ink-textit\">2</mn></mrow>")]
    [InlineData("\\mathit{\\Gamma}", "<mi>𝛤</mi>")]
    public void Mathit_is_TeX_s_text_italic_drawn_as_one_word(string tex, string expected) => Renders(tex, expected);

    [Fact]
    public void Textit_is_text_in_the_text_italic_font() => Renders("\\textit{if }", "<mtext class=\"ink-textit\">if\u00A0</mtext>");

    [Fact]
    public void Mathnormal_keeps_the_math_italic() => Renders("\\mathnormal{fx}", "<mrow><mi>𝑓</mi><mi>𝑥</mi></mrow>");

    [Fact]
    public void Styled_digits_become_mn() => Renders("\\mathbb{1}", "<mn>𝟙</mn>");

    [Fact]
    public void Mathrm_single_letter_uses_mathvariant_normal() => Renders("\\mathrm{d}x", "<mrow><mi mathvariant=\"normal\">d</mi><mi>x</mi></mrow>");

    [Fact]
    public void Mathrm_word_is_one_mi() => Renders("\\mathrm{softmax}", "<mi>softmax</mi>");

    [Fact]
    public void Old_style_switch_applies_to_the_rest_of_the_group() => Renders("{\\bf x} y", "<mrow><mi>𝐱</mi><mi>y</mi></mrow>");

    [Fact]
    public void Operatorname_is_an_upright_function()
    {
        Renders("\\operatorname{rank} A",
            "<mrow><mi>rank</mi><mo>\u2061</mo><mspace width=\"0.1667em\"></mspace><mi>A</mi></mrow>");
    }

    [Fact]
    public void Operatorname_star_takes_limits() =>
        Renders("\\operatorname*{arg\\,max}_\\theta J",
            "<mrow><munder><mo lspace=\"0em\" movablelimits=\"true\" rspace=\"0em\">arg\u2009max</mo><mi>θ</mi></munder><mo>\u2061</mo><mspace width=\"0.1667em\"></mspace><mi>J</mi></mrow>", display: true);
}
