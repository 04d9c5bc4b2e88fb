using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

/// <summary>Surds sized and root indexes placed as TeX does (see Radicals and math.css).</summary>
public sealed class RadicalTests
{
    [Fact]
    public void A_radicand_that_fits_the_small_surd_is_left_alone() =>
        Renders("\\sqrt{x}", "<msqrt><mi>x</mi></msqrt>");

    [Fact]
    public void A_radicand_TeX_puts_under_a_big_surd_is_marked_so_the_stylesheet_can_narrow_the_box_to_it()
    {
        Assert.StartsWith("<msqrt class=\"ink-surd-big\">", Body("\\sqrt{\\frac{a}{b}}", display: true), StringComparison.Ordinal);
        Assert.StartsWith("<msqrt class=\"ink-surd-big\">", Body("\\sqrt{x^2+y^2}", display: true), StringComparison.Ordinal);
    }

    [Fact]
    public void A_radicand_near_the_small_surds_limit_gets_TeX_height_and_depth_so_Chromium_picks_the_same_surd() =>
        Renders("\\sqrt{d_k}",
            "<msqrt><mpadded height=\"0.694em\" depth=\"0.15em\"><msub><mi>d</mi><mpadded voffset=\"0.139em\"><mi>k</mi></mpadded></msub></mpadded></msqrt>");

    [Fact]
    public void An_accent_over_an_x_height_letter_is_as_tall_as_its_glyph_so_the_radical_keeps_the_small_surd()
    {
        // TeX's \bar\alpha_t is 0.569em tall (the macron's height) and 0.15em deep: the small surd covers it in display style.
        Assert.StartsWith("<msqrt><mpadded depth=\"0.15em\" height=\"0.569em\">", Body("\\sqrt{\\bar\\alpha_t}", display: true), StringComparison.Ordinal);
        // A tall letter under a hat reaches the hat's height above the x-height: 0.694 - 0.431 + 0.694.
        Assert.StartsWith("<msqrt class=\"ink-surd-big\">", Body("\\sqrt{\\hat{b}_t}", display: true), StringComparison.Ordinal);
    }

    [Fact]
    public void A_root_index_is_raised_to_TeX_height_in_its_own_em()
    {
        Renders("\\sqrt[3]{x}", "<mroot><mi>x</mi><mpadded class=\"ink-root-index\" style=\"--ink-index-raise:0.391em\"><mn>3</mn></mpadded></mroot>");
        Renders("\\sqrt[3]{x}", "<mroot><mi>x</mi><mpadded class=\"ink-root-index\" style=\"--ink-index-raise:0.313em\"><mn>3</mn></mpadded></mroot>", display: true);
    }
}
