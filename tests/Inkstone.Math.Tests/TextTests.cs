using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

public sealed class TextTests
{
    [Fact]
    public void Text_becomes_mtext_with_edge_spaces_kept() =>
        Renders("\\text{ if } x", "<mrow><mtext>\u00A0if\u00A0</mtext><mi>x</mi></mrow>");

    [Fact]
    public void Chinese_text_is_kept_as_is() => Renders("\\text{损失函数}", "<mtext>损失函数</mtext>");

    [Fact]
    public void Chinese_in_math_mode_reads_as_text() => Renders("x=速度", "<mrow><mi>x</mi><mo>=</mo><mtext>速度</mtext></mrow>");

    [Fact]
    public void Dollar_math_inside_text_switches_back_to_math() =>
        Renders("\\text{for $i>0$}", "<mrow><mtext>for\u00A0</mtext><mrow><mi>i</mi><mo>&gt;</mo><mn>0</mn></mrow></mrow>");

    [Fact]
    public void Textbf_uses_bold_upright_letters() => Renders("\\textbf{ab}", "<mtext>𝐚𝐛</mtext>");

    [Fact]
    public void Mbox_and_textrm_are_plain_text()
    {
        Renders("\\mbox{a b}", "<mtext>a b</mtext>");
        Renders("\\textrm{a}", "<mtext>a</mtext>");
    }

    [Fact]
    public void Escapes_inside_text_are_literal() => Renders("\\text{50\\% \\& \\$}", "<mtext>50% &amp; $</mtext>");

    [Fact]
    public void Underscore_and_caret_inside_text_are_literal_as_in_MathJax() =>
        Renders("\\text{max_iter^2}", "<mtext>max_iter^2</mtext>");

    [Fact]
    public void Ampersand_and_hash_inside_text_are_literal_as_in_MathJax() =>
        Renders("\\text{R&D #1}", "<mtext>R&amp;D #1</mtext>");

    [Fact]
    public void Percent_inside_text_is_literal_as_in_MathJax_while_outside_it_starts_a_comment() =>
        Renders("\\text{50%} + x % the rest of the line\n+ y",
            "<mrow><mtext>50%</mtext><mo>+</mo><mi>x</mi><mo>+</mo><mi>y</mi></mrow>");

    [Fact]
    public void Escaped_specials_inside_text_are_literal() => Renders("\\text{\\_\\&\\#\\%}", "<mtext>_&amp;#%</mtext>");

    [Fact]
    public void Percent_starts_a_comment_again_in_math_inside_text() =>
        Renders("\\text{a $b % c\n$ d}", "<mrow><mtext>a\u00A0</mtext><mi>b</mi><mtext>\u00A0d</mtext></mrow>");
}
