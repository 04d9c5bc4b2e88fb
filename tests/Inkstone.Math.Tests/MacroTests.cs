using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

public sealed class MacroTests
{
    [Fact]
    public void Site_macros_expand() =>
        Assert.Equal(Canonical("<msup><mi>ℝ</mi><mi>n</mi></msup>"),
            Body("\\R^n", new MathRenderOptions { Macros = MathMacroTable.FromDefinitions([new("\\R", "\\mathbb{R}")]) }));

    [Fact]
    public void Macro_parameter_count_is_inferred_from_the_body()
    {
        var table = MathMacroTable.FromDefinitions([new("\\norm", "\\left\\lVert #1 \\right\\rVert")]);
        Assert.True(table.TryGet("norm", out var macro));
        Assert.Equal(1, macro.ParameterCount);
        Assert.Contains("<mi>x</mi>", Body("\\norm{x}", new MathRenderOptions { Macros = table }), StringComparison.Ordinal);
    }

    [Fact]
    public void Newcommand_in_one_formula_is_seen_by_the_next()
    {
        var table = new MathMacroTable();
        var options = new MathRenderOptions { Macros = table };
        Assert.Equal(Canonical("<mrow></mrow>"), Body("\\newcommand{\\KL}[2]{D_{\\mathrm{KL}}(#1\\|#2)}", options));
        Assert.Equal(
            Canonical("<mrow><msub><mi>D</mi><mi>KL</mi></msub><mo stretchy=\"false\">(</mo><mi>p</mi><mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">‖</mo><mi>q</mi><mo stretchy=\"false\">)</mo></mrow>"),
            Body("\\KL{p}{q}", options));
    }

    [Fact]
    public void Newcommand_with_a_default_argument()
    {
        var options = new MathRenderOptions { Macros = new MathMacroTable() };
        Body("\\newcommand{\\E}[1][x]{\\mathbb{E}_{#1}}", options);
        Assert.Equal(Canonical("<msub><mi>𝔼</mi><mi>x</mi></msub>"), Body("\\E", options));
        Assert.Equal(Canonical("<msub><mi>𝔼</mi><mi>y</mi></msub>"), Body("\\E[y]", options));
    }

    [Fact]
    public void Def_with_parameters() =>
        Renders("\\def\\sq#1{#1^2}\\sq{a}", "<msup><mi>a</mi><mn>2</mn></msup>");

    [Fact]
    public void Redefining_the_same_macro_identically_is_allowed_so_pages_can_compile_twice()
    {
        var options = new MathRenderOptions { Macros = new MathMacroTable() };
        Body("\\newcommand{\\x}{y}", options);
        Body("\\newcommand{\\x}{y}", options);
        var error = Error("\\newcommand{\\frac}{y}");
        Assert.Equal((12, 5), (error.Offset, error.Length));
    }

    [Fact]
    public void Renewcommand_needs_an_existing_command()
    {
        var error = Error("\\renewcommand{\\nothing}{y}");
        Assert.Equal((14, 8), (error.Offset, error.Length));
        Renders("\\renewcommand{\\vec}[1]{\\mathbf{#1}}\\vec{v}", "<mi>𝐯</mi>");
    }

    [Fact]
    public void Clone_is_independent()
    {
        var table = new MathMacroTable();
        table.Define("a", "1");
        var clone = table.Clone();
        clone.Define("b", "2");
        Assert.False(table.TryGet("b", out _));
        Assert.True(clone.TryGet("a", out _));
    }

    [Fact]
    public void Errors_inside_a_macro_point_at_the_macro_call()
    {
        var options = new MathRenderOptions { Macros = MathMacroTable.FromDefinitions([new("\\bad", "\\frac{1}")]) };
        Compiler.CompileToString("x + \\bad", options, out var result);
        var error = Assert.Single(result.Errors);
        Assert.Equal((4, 4), (error.Offset, error.Length));
    }
}
