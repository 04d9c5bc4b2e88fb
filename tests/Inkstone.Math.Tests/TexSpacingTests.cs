using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

/// <summary>
/// TeX's inter-atom spacing (The TeXbook, chapter 18) where the browser's operator dictionary differs: no medium or
/// thick space in script and scriptscript style, large operators and dots spaced by their neighbours, amsmath's
/// choice of dots.
/// </summary>
public sealed class TexSpacingTests
{
    private const string Tight = "lspace=\"0em\" rspace=\"0em\"";

    [Theory]
    [InlineData("x_{t-1}", "−")]
    [InlineData("x^{a+b}", "+")]
    [InlineData("x_{a=b}", "=")]
    [InlineData("x_{a\\le b}", "≤")]
    [InlineData("x_{i,j}", ",")]
    [InlineData("x^{y_{a\\times b}}", "×")]
    [InlineData("\\frac{a+b}{c}", "+")]
    [InlineData("\\sqrt[n+1]{x}", "+")]
    [InlineData("{\\scriptstyle a+b}", "+")]
    [InlineData("{\\scriptscriptstyle a=b}", "=")]
    public void Script_styles_take_no_medium_or_thick_space(string tex, string op) =>
        Assert.Contains($"<mo {Tight}>{op}</mo>", Body(tex), StringComparison.Ordinal);

    [Theory]
    [InlineData("a+b", "+")]
    [InlineData("a=b", "=")]
    [InlineData("a,b", ",")]
    [InlineData("\\dfrac{a+b}{c}", "+")]
    [InlineData("{\\displaystyle \\frac{a=b}{c}}", "=")]
    [InlineData("\\begin{matrix} a+b \\end{matrix}", "+")]
    public void Display_and_text_styles_keep_the_dictionary_spaces(string tex, string op) =>
        Assert.Contains($"<mo>{op}</mo>", Body(tex), StringComparison.Ordinal);

    [Theory]
    [InlineData("\\sum x", "lspace=\"0em\" rspace=\"0.1667em\"")]       // start of the row: none before
    [InlineData("a=\\sum x", "lspace=\"0em\" rspace=\"0.1667em\"")]     // Rel-Op: the relation's thick space only
    [InlineData("\\sum (x)", "lspace=\"0em\" rspace=\"0em\"")]          // Op-Open: none
    [InlineData("\\sum\\sum x", "lspace=\"0em\" rspace=\"0em\"")]       // Op-Op: the second operator's thin space
    public void Large_operators_take_thin_spaces_from_the_table(string tex, string spacing) =>
        Assert.Contains($"<mo {spacing}>∑</mo>", Body(tex), StringComparison.Ordinal);

    [Fact]
    public void A_function_name_before_a_large_operator_leaves_one_thin_space_between_them()
    {
        var body = Body("\\max_{\\theta} \\sum_{t=0}^{T} r_t", display: true);
        Assert.Contains("<munderover><mo lspace=\"0.1667em\" rspace=\"0.1667em\">∑</mo>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<mspace", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_operator_between_ordinary_atoms_keeps_the_dictionary_spaces() =>
        Assert.Contains("<mo>∑</mo>", Body("a\\sum b"), StringComparison.Ordinal);

    [Theory]
    [InlineData("1,\\dots,n", "…", "lspace=\"0.1675em\" rspace=\"0.3342em\"")]    // Punct-Inner from the comma; a thin space before the next comma
    [InlineData("x_1\\dots x_n", "…", "lspace=\"0.3342em\" rspace=\"0.3342em\"")] // Ord-Inner-Ord: thin each side
    [InlineData("a+\\dots+b", "⋯", "lspace=\"0.198em\" rspace=\"0.198em\"")]     // \dots before a binary operator is centred; the + brings its space
    [InlineData("a_1\\cdots a_n", "⋯", "lspace=\"0.3647em\" rspace=\"0.3647em\"")]
    [InlineData("(\\ldots)", "…", "lspace=\"0.1675em\" rspace=\"0.1675em\"")]      // Open-Inner and Inner-Close: none
    public void Dots_are_inner_atoms_as_wide_as_TeX_draws_them(string tex, string dots, string spacing) =>
        Assert.Contains($"<mo {spacing}>{dots}</mo>", Body(tex), StringComparison.Ordinal);

    [Theory]
    [InlineData("a=\\dots", "…")]
    [InlineData("a+\\dots+b", "⋯")]
    [InlineData("a=\\dots=b", "⋯")]
    [InlineData("1,\\dots,n", "…")]
    [InlineData("x_1\\dots x_n", "…")]
    public void Dots_are_centred_before_a_binary_operator_or_a_relation(string tex, string dots) =>
        Assert.Contains($">{dots}</mo>", Body(tex), StringComparison.Ordinal);

    [Theory]
    [InlineData("\\big(", "1.2em", "0.458em")]
    [InlineData("\\Big[", "1.8em", "0.472em")]
    [InlineData("\\bigg\\{", "2.4em", "0.75em")]
    [InlineData("\\Bigg\\langle", "3em", "0.806em")]
    public void Big_delimiters_have_TeX_sizes_and_their_variant_width(string tex, string size, string width)
    {
        var body = Body(tex);
        Assert.Contains($"minsize=\"{size}\"", body, StringComparison.Ordinal);
        Assert.Contains($"<mpadded width=\"{width}\">", body, StringComparison.Ordinal);
    }
}
