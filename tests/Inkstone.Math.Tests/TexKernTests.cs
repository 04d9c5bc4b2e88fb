using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

/// <summary>
/// Where Chromium's layout of MathML differs from TeX's for single atoms: italic corrections, relations the operator
/// dictionary spaces differently, arrows the browser would stretch, brackets it would space as relations.
/// </summary>
public sealed class TexKernTests
{
    [Theory]
    [InlineData("f(x)", "f", "0.1076em")]
    [InlineData("T=0", "T", "0.1389em")]
    [InlineData("V+1", "V", "0.2222em")]
    [InlineData("\\tau x", "τ", "0.1132em")]
    public void An_italic_letter_is_followed_by_its_italic_correction(string tex, string letter, string width) =>
        Assert.Contains($"<mi>{letter}</mi><mspace width=\"{width}\"></mspace>", Body(tex), StringComparison.Ordinal);

    [Theory]
    [InlineData("x+f")]              // last in its row: nothing follows to keep clear of
    [InlineData("\\mathrm{f}(x)")]   // upright
    [InlineData("a(x)")]             // no overhang
    [InlineData("\\Gamma(x)")]       // capital Greek is upright
    [InlineData("f_i(x)")]           // the subscript takes the place of the correction
    public void Letters_without_an_overhang_or_followed_by_nothing_get_no_kern(string tex) =>
        Assert.DoesNotContain("mspace", Body(tex), StringComparison.Ordinal);

    [Fact]
    public void Two_relations_in_a_row_share_no_space() =>
        Assert.Equal(Canonical("<mrow><mi>a</mi><mo lspace=\"0.2778em\" rspace=\"0em\">:</mo><mo lspace=\"0em\" rspace=\"0.2778em\">=</mo><mi>b</mi></mrow>"),
            Body("a:=b"));

    [Theory]
    [InlineData("=x", "lspace=\"0em\" rspace=\"0.2778em\"")]          // start of the row
    [InlineData("x=", "lspace=\"0.2778em\" rspace=\"0em\"")]          // end of the row
    [InlineData("(=x)", "lspace=\"0em\" rspace=\"0.2778em\"")]        // Open-Rel: none
    [InlineData("x,=y", "lspace=\"0em\" rspace=\"0.2778em\"")]        // Punct-Rel: the comma's thin space only
    public void A_relation_takes_no_space_where_the_table_has_none(string tex, string spacing) =>
        Assert.Contains($"<mo {spacing}>=</mo>", Body(tex), StringComparison.Ordinal);

    [Theory]
    [InlineData("x:y", ":")]
    [InlineData("x\\ne y", "≠")]
    public void Relations_the_dictionary_spaces_otherwise_get_a_thick_space(string tex, string relation) =>
        Assert.Contains($"<mo{Thick}>{relation}</mo>", Body(tex), StringComparison.Ordinal);

    [Fact]
    public void Partial_is_followed_by_its_italic_correction() =>
        Assert.StartsWith("<mrow><mi>∂</mi><mspace width=\"0.0556em\"></mspace><mi>L</mi>", Body("\\partial L"), StringComparison.Ordinal);

    [Fact]
    public void Models_gets_a_thick_space_widened_to_TeXs_glyph() =>
        Assert.Contains("<mo lspace=\"0.4028em\" rspace=\"0.4028em\">⊨</mo>", Body("x\\models y"), StringComparison.Ordinal);

    [Theory]
    [InlineData("a\\times b", "×")]
    [InlineData("a\\cdot b", "⋅")]
    [InlineData("a\\circ b", "∘")]
    [InlineData("a\\otimes b", "⊗")]
    public void Binary_operators_the_dictionary_spaces_thinner_get_a_medium_space(string tex, string op) =>
        Assert.Contains($"<mo{Medium}>{op}</mo>", Body(tex), StringComparison.Ordinal);

    [Theory]
    [InlineData("p\\iff q", "⟺", "0.7181em")]
    [InlineData("p\\implies q", "⟹", "0.6461em")]
    [InlineData("p\\impliedby q", "⟸", "0.6461em")]
    public void Iff_and_implies_add_a_thick_space_to_the_relation_space(string tex, string arrow, string space) =>
        Assert.Contains($"<mo lspace=\"{space}\" rspace=\"{space}\" stretchy=\"false\">{arrow}</mo>", Body(tex), StringComparison.Ordinal);

    [Theory]
    [InlineData("a\\longrightarrow b", "⟶", "0.3653em")]
    [InlineData("a\\hookrightarrow b", "↪", "0.3423em")]
    public void Long_arrows_are_padded_to_TeX_s_width(string tex, string arrow, string space) =>
        Assert.Contains($"<mo lspace=\"{space}\" rspace=\"{space}\" stretchy=\"false\">{arrow}</mo>", Body(tex), StringComparison.Ordinal);

    [Theory]
    [InlineData("x\\to y", "→")]
    [InlineData("x\\longrightarrow y", "⟶")]
    [InlineData("\\uparrow", "↑")]
    public void Arrows_do_not_stretch(string tex, string arrow) =>
        Assert.Matches($"<mo[^>]* stretchy=\"false\"[^>]*>{arrow}</mo>", Body(tex));

    [Fact]
    public void Colon_command_has_amsmath_spaces() =>
        Assert.Contains("<mo lspace=\"0.1111em\" rspace=\"0.3333em\">:</mo>", Body("f\\colon X\\to Y"), StringComparison.Ordinal);

    [Theory]
    [InlineData("\\lvert x\\rvert=1", "|")]
    public void Vertical_bar_brackets_are_not_spaced_as_relations(string tex, string bar) =>
        Assert.Equal(2, Body(tex).Split($"<mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">{bar}</mo>").Length - 1);

    [Theory]
    [InlineData("\\lVert x\\rVert=1")]
    [InlineData("\\|x\\|=1")]
    public void Double_bars_are_padded_to_TeX_s_width(string tex) =>
        Assert.Equal(2, Body(tex).Split("<mo lspace=\"0.051em\" rspace=\"0.051em\" stretchy=\"false\">‖</mo>").Length - 1);

    [Theory]
    [InlineData("(-1)^n", "−")]
    [InlineData("[+1, -1]^\\top", "+")]
    public void A_sign_after_the_bracket_of_a_scripted_group_is_unary(string tex, string sign) =>
        Assert.Contains($"<mo stretchy=\"false\">{(sign == "+" ? "[" : "(")}</mo><mo lspace=\"0em\" rspace=\"0em\">{sign}</mo>", Body(tex), StringComparison.Ordinal);

    [Fact]
    public void A_relation_with_a_label_over_it_is_spaced_beside_it() =>
        Assert.Equal(Canonical("<mrow><mi>X</mi><mspace width=\"0.0785em\"></mspace><mspace width=\"0.2778em\"></mspace><mover><mo lspace=\"0em\" rspace=\"0em\">∼</mo><mi>d</mi></mover><mspace width=\"0.2778em\"></mspace><mi>Y</mi></mrow>"),
            Body("X\\overset{d}{\\sim}Y"));
}
