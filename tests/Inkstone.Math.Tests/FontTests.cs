using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

public sealed class FontTests
{
    [Theory]
    [InlineData("\\mathbb{R}", "ℝ")]
    [InlineData("\\mathbb{C}", "ℂ")]
    [InlineData("\\mathbb{N}", "ℕ")]
    [InlineData("\\mathbb{E}", "𝔼")]
    [InlineData("\\mathbf{x}", "𝐱")]
    [InlineData("\\mathbf{W}", "𝐖")]
    [InlineData("\\mathcal{L}", "ℒ")]
    [InlineData("\\mathcal{B}", "ℬ")]
    [InlineData("\\mathcal{A}", "𝒜")]
    [InlineData("\\mathscr{H}", "ℋ")]
    [InlineData("\\mathfrak{g}", "𝔤")]
    [InlineData("\\mathfrak{R}", "ℜ")]
    [InlineData("\\mathit{h}", "ℎ")]
    [InlineData("\\mathsf{A}", "𝖠")]
    [InlineData("\\mathtt{a}", "𝚊")]
    [InlineData("\\boldsymbol{\\theta}", "𝜽")]
    [InlineData("\\bm{x}", "𝒙")]
    [InlineData("\\mathbf{\\Sigma}", "𝚺")]
    public void Styled_letters_become_mathematical_alphanumerics(string tex, string letter) => Renders(tex, $"<mi>{letter}</mi>");

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
