using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

/// <summary>The amssymb names MathJax knows (its AmsMappings.ts), with their characters and classes.</summary>
public sealed class AmsSymbolTests
{
    /// <summary>Every amssymb command a writer migrating from MathJax is likely to have used.</summary>
    public static TheoryData<string> MathJaxAmsNames => new(
        "lessapprox gtrapprox lesssim gtrsim eqslantless eqslantgtr thickapprox backsim circeq curlyeqprec curlyeqsucc doteqdot " +
        "fallingdotseq risingdotseq precapprox succapprox vartriangleleft ntriangleleft nleqslant ngeqslant lneqq gneqq lvertneqq " +
        "gvertneqq nsubseteqq nsupseteqq varsubsetneq varsupsetneq varsubsetneqq varsupsetneqq Vvdash smallfrown smallsmile shortmid " +
        "nshortmid nshortparallel digamma varkappa beth gimel daleth eth hslash Game Finv mho sphericalangle measuredangle " +
        "blacktriangle lozenge blacklozenge bigstar diagup diagdown circledS circledR complement backprime nexists varnothing dotplus " +
        "ltimes rtimes leftthreetimes rightthreetimes curlywedge curlyvee circleddash circledast circledcirc centerdot intercal " +
        "barwedge veebar doublebarwedge boxminus boxtimes boxdot boxplus divideontimes doublecap doublecup lll ggg llless gggtr " +
        "lessgtr gtrless lesseqgtr gtreqless lesseqqgtr gtreqqless preccurlyeq succcurlyeq backepsilon blacktriangleleft " +
        "blacktriangleright nleqq ngeqq lnsim gnsim lnapprox gnapprox npreceq nsucceq precneqq succneqq precnsim succnsim " +
        "precnapprox succnapprox nVDash ntrianglelefteq ntrianglerighteq leftleftarrows rightrightarrows leftrightarrows " +
        "rightleftarrows Lleftarrow Rrightarrow twoheadleftarrow twoheadrightarrow leftarrowtail rightarrowtail looparrowleft " +
        "looparrowright curvearrowleft curvearrowright circlearrowleft circlearrowright Lsh Rsh upuparrows downdownarrows " +
        "upharpoonleft upharpoonright restriction downharpoonleft downharpoonright rightsquigarrow leftrightsquigarrow multimap " +
        "nleftarrow nrightarrow nLeftarrow nRightarrow nleftrightarrow nLeftrightarrow varGamma varDelta varTheta varLambda varXi " +
        "varPi varSigma varUpsilon varPhi varPsi varOmega".Split(' '));

    [Theory]
    [MemberData(nameof(MathJaxAmsNames))]
    public void Every_amssymb_name_MathJax_knows_compiles(string name)
    {
        Compiler.CompileToString($"a \\{name} b", MathRenderOptions.Inline, out var result);
        Assert.Empty(result.Errors);
    }

    [Theory]
    [InlineData("lessapprox", "⪅")]
    [InlineData("gtrapprox", "⪆")]
    [InlineData("eqslantless", "⪕")]
    [InlineData("curlyeqprec", "⋞")]
    [InlineData("precapprox", "⪷")]
    [InlineData("succapprox", "⪸")]
    [InlineData("llless", "⋘")]
    [InlineData("lesseqqgtr", "⪋")]
    [InlineData("smallfrown", "⌢")]
    [InlineData("nshortparallel", "∦")]
    [InlineData("upharpoonleft", "↿")]
    [InlineData("downharpoonright", "⇂")]
    public void New_relations_are_mo_with_their_unicode_character(string name, string character) =>
        Renders($"a \\{name} b", $"<mrow><mi>a</mi><mo{Thick}{(character[0] is >= '\u2190' and <= '\u21FF' ? " stretchy=\"false\"" : "")}>{character}</mo><mi>b</mi></mrow>");

    [Fact]
    public void Negated_slanted_and_double_relations_use_a_combining_long_solidus() =>
        Renders("a \\nleqslant b \\nleqq c", $"<mrow><mi>a</mi><mo{Thick}>⩽\u0338</mo><mi>b</mi><mo{Thick}>≦\u0338</mo><mi>c</mi></mrow>");

    [Fact]
    public void Vertical_stroke_variants_use_the_standard_variation_selector() =>
        Renders("a \\lvertneqq b \\varsubsetneq c", $"<mrow><mi>a</mi><mo{Thick}>≨\uFE00</mo><mi>b</mi><mo{Thick}>⊊\uFE00</mo><mi>c</mi></mrow>");

    [Fact]
    public void Doublecap_and_doublecup_are_binary_operators() =>
        Renders("A \\doublecap B \\doublecup C", $"<mrow><mi>A</mi><mo{Medium}>⋒</mo><mi>B</mi><mspace width=\"0.0502em\"></mspace><mo{Medium}>⋓</mo><mi>C</mi></mrow>");

    [Fact]
    public void Var_capital_Greek_is_italic_and_plain_capital_Greek_stays_upright() =>
        Renders("\\varGamma \\Gamma Γ", "<mrow><mi>𝛤</mi><mi mathvariant=\"normal\">Γ</mi><mi mathvariant=\"normal\">Γ</mi></mrow>");

    [Fact]
    public void Hebrew_and_other_letterlike_symbols_are_mi() =>
        Renders("\\beth \\gimel \\daleth \\digamma \\varkappa \\circledR", "<mrow><mi>ℶ</mi><mi>ℷ</mi><mi>ℸ</mi><mi>ϝ</mi><mi>ϰ</mi><mi>®</mi></mrow>");

    [Fact]
    public void Arrowvert_and_bracevert_are_delimiters() =>
        Renders("\\left\\arrowvert x \\right\\bracevert",
            "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"false\">⏐</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"false\">⎪</mo></mrow>");

    [Fact]
    public void Iiiint_is_an_integral_and_ddddot_an_accent() =>
        Renders("\\iiiint_V \\ddddot{x}",
            "<mrow><mrow><msub><mpadded depth=\"0.16em\"><mo lspace=\"0em\" rspace=\"0em\">⨌</mo></mpadded><mrow><mspace style=\"margin-left:-0.277em\" width=\"0em\"></mspace><mi>V</mi></mrow></msub><mspace width=\"0.1667em\"></mspace></mrow><mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">\u20DC</mo></mover></mrow>");
}
