using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

public sealed class MacroTests
{
    [Fact]
    public void Site_macros_expand() =>
        Assert.Equal(Canonical("<msup><mpadded lspace=\"0.042em\" width=\"0.722em\"><mi>ℝ</mi></mpadded><mi>n</mi></msup>"),
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
            Canonical("<mrow><msub><mi>D</mi><mpadded voffset=\"0.139em\"><mi>KL</mi></mpadded></msub><mo stretchy=\"false\">(</mo><mi>p</mi><mo lspace=\"0.051em\" rspace=\"0.051em\" stretchy=\"false\">‖</mo><mi>q</mi><mspace width=\"0.0359em\"></mspace><mo stretchy=\"false\">)</mo></mrow>"),
            Body("\\KL{p}{q}", options));
    }

    [Fact]
    public void Newcommand_with_a_default_argument()
    {
        var options = new MathRenderOptions { Macros = new MathMacroTable() };
        Body("\\newcommand{\\E}[1][x]{\\mathbb{E}_{#1}}", options);
        Assert.Equal(Canonical("<msub><mpadded lspace=\"0.028em\" width=\"0.667em\"><mi>𝔼</mi></mpadded><mi>x</mi></msub>"), Body("\\E", options));
        Assert.Equal(Canonical("<msub><mpadded lspace=\"0.028em\" width=\"0.667em\"><mi>𝔼</mi></mpadded><mi>y</mi></msub>"), Body("\\E[y]", options));
    }

    [Fact]
    public void Def_with_parameters() =>
        Renders("\\def\\sq#1{#1^2}\\sq{a}", "<msup><mi>a</mi><mn>2</mn></msup>");

    [Fact]
    public void Redefining_the_same_macro_identically_says_nothing_so_pages_can_compile_twice()
    {
        var options = new MathRenderOptions { Macros = new MathMacroTable() };
        Body("\\newcommand{\\x}{y}", options);
        Compiler.CompileToString("\\newcommand{\\x}{y}", options, out var again);
        Assert.Empty(again.Errors);
        Assert.Empty(again.Notes);
    }

    [Fact]
    public void Newcommand_of_an_existing_command_redefines_it_with_a_note_as_in_MathJax()
    {
        var html = Compiler.CompileToString("\\newcommand{\\frac}{y}\\frac", MathRenderOptions.Inline, out var result);
        Assert.Contains("<mi>y</mi>", html, StringComparison.Ordinal);
        Assert.Empty(result.Errors);
        Assert.False(result.IsFatal);
        var note = Assert.Single(result.Notes);
        Assert.Equal(MathSeverity.Note, note.Severity);
        Assert.Equal((12, 5), (note.Offset, note.Length));
        Assert.Equal("\\frac was already defined; \\newcommand replaces it, as in MathJax.", note.Message);
    }

    [Fact]
    public void Newcommand_of_a_site_macro_redefines_it_for_the_rest_of_the_page()
    {
        var table = MathMacroTable.FromDefinitions([new("\\E", "\\mathbb{E}")]);
        var options = new MathRenderOptions { Macros = table, Strict = true };
        Compiler.CompileToString("\\newcommand{\\E}{\\operatorname{E}}", options, out var result);
        Assert.False(result.IsFatal);
        Assert.Single(result.Notes);
        Assert.Equal(Canonical("<mi>E</mi>"), Body("\\E", options));
    }

    [Fact]
    public void Renewcommand_of_a_new_name_defines_it_with_a_note_as_in_MathJax()
    {
        Compiler.CompileToString("\\renewcommand{\\nothing}{y}", MathRenderOptions.Inline, out var result);
        Assert.Empty(result.Errors);
        Assert.Equal((14, 8), (Assert.Single(result.Notes).Offset, result.Notes[0].Length));
        Renders("\\renewcommand{\\vec}[1]{\\mathbf{#1}}\\vec{v}", "<mi>𝐯</mi>");
    }

    [Fact]
    public void Providecommand_keeps_an_existing_command_silently()
    {
        Compiler.CompileToString("\\providecommand{\\alpha}{a}\\alpha", MathRenderOptions.Inline, out var result);
        Assert.Empty(result.Notes);
        Renders("\\providecommand{\\alpha}{a}\\alpha", "<mi>α</mi>");
    }

    [Fact]
    public void Definitions_are_listed_with_the_position_of_their_names()
    {
        Compiler.CompileToString("\\def\\a{1} \\newcommand{\\b}[1]{#1}", MathRenderOptions.Inline, out var result);
        Assert.Equal([new MathMacroDefinition("a", 4, 2), new MathMacroDefinition("b", 22, 2)], result.Definitions);
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
