using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

public sealed class FractionTests
{
    [Fact]
    public void Frac_becomes_mfrac() => Renders("\\frac{a}{b}", "<mfrac><mi>a</mi><mi>b</mi></mfrac>");

    [Fact]
    public void Frac_accepts_single_token_arguments() => Renders("\\frac12", "<mfrac><mn>1</mn><mn>2</mn></mfrac>");

    [Fact]
    public void Dfrac_and_tfrac_set_the_style()
    {
        Renders("\\dfrac ab", "<mfrac displaystyle=\"true\" scriptlevel=\"0\"><mi>a</mi><mi>b</mi></mfrac>");
        Renders("\\tfrac ab", "<mfrac displaystyle=\"false\"><mi>a</mi><mi>b</mi></mfrac>");
        Renders("\\cfrac{1}{x}", "<mfrac displaystyle=\"true\" scriptlevel=\"0\"><mn>1</mn><mi>x</mi></mfrac>");
    }

    [Fact]
    public void Binom_is_a_fraction_without_a_bar_in_parentheses_of_TeX_size_one_inline() =>
        Renders("\\binom nk",
            "<mrow><mpadded width=\"0.458em\"><mo style=\"width:0.458em\" maxsize=\"1.2em\" minsize=\"1.2em\" stretchy=\"true\" symmetric=\"true\">(</mo></mpadded>" +
            "<mfrac class=\"ink-delimited\" linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac>" +
            "<mpadded width=\"0.458em\"><mo style=\"width:0.458em\" maxsize=\"1.2em\" minsize=\"1.2em\" stretchy=\"true\" symmetric=\"true\">)</mo></mpadded></mrow>");

    [Fact]
    public void Dbinom_and_tbinom_set_the_style()
    {
        Assert.Contains("displaystyle=\"true\"", Body("\\dbinom nk"), StringComparison.Ordinal);
        Assert.Contains("displaystyle=\"false\"", Body("\\tbinom nk"), StringComparison.Ordinal);
    }

    [Fact]
    public void Over_and_choose_split_the_group()
    {
        Renders("{a+b \\over c}", "<mfrac><mrow><mi>a</mi><mo lspace=\"0em\" rspace=\"0em\">+</mo><mi>b</mi></mrow><mi>c</mi></mfrac>");
        Renders("{n \\choose k}",
            "<mrow><mpadded width=\"0.458em\"><mo style=\"width:0.458em\" maxsize=\"1.2em\" minsize=\"1.2em\" stretchy=\"true\" symmetric=\"true\">(</mo></mpadded>" +
            "<mfrac class=\"ink-delimited\" linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac>" +
            "<mpadded width=\"0.458em\"><mo style=\"width:0.458em\" maxsize=\"1.2em\" minsize=\"1.2em\" stretchy=\"true\" symmetric=\"true\">)</mo></mpadded></mrow>");
    }

    [Fact]
    public void Sqrt_becomes_msqrt_and_with_an_index_mroot()
    {
        Renders("\\sqrt{x}", "<msqrt><mi>x</mi></msqrt>");
        Renders("\\sqrt[3]{x}", "<mroot><mi>x</mi><mpadded class=\"ink-root-index\" style=\"--ink-index-raise:0.391em\"><mn>3</mn></mpadded></mroot>");
        Renders("\\sqrt[n+1]x",
            "<mroot><mi>x</mi><mpadded class=\"ink-root-index\" style=\"--ink-index-raise:0.308em\"><mrow><mi>n</mi><mo lspace=\"0em\" rspace=\"0em\">+</mo><mn>1</mn></mrow></mpadded></mroot>");
    }
}
