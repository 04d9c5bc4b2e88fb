namespace Inkstone.Math.Tests;

/// <summary>A problem in a macro's definition names the macro, so a caller can report it once, at the definition.</summary>
public sealed class MacroProblemTests
{
    private static readonly MathCompiler Compiler = new();

    private static MathError ErrorWith(MathMacroTable table, string tex)
    {
        Compiler.CompileToString(tex, new MathRenderOptions { Macros = table }, out var result);
        Assert.True(result.RenderedAsError, $"expected an error for {tex}");
        return Assert.Single(result.Errors);
    }

    private static MathMacroTable Site(string name, string body) => MathMacroTable.FromDefinitions([new(name, body)]);

    [Fact]
    public void An_unknown_command_in_a_site_macro_blames_the_macro_and_points_at_the_call()
    {
        var error = ErrorWith(Site("\\loss", "\\mathcall{L}"), "x + \\loss");
        Assert.Equal("loss", error.Macro);
        Assert.Equal("Unknown command \\mathcall.", error.Message);
        Assert.Equal((4, 5), (error.Offset, error.Length));
    }

    [Fact]
    public void An_unknown_command_in_a_macro_argument_blames_the_formula()
    {
        var error = ErrorWith(Site("\\norm", "\\lVert #1 \\rVert"), "\\norm{\\farc12}");
        Assert.Null(error.Macro);
        Assert.Equal((6, 5), (error.Offset, error.Length));
    }

    [Fact]
    public void Unbalanced_braces_in_a_site_macro_blame_the_macro()
    {
        var error = ErrorWith(Site("\\R", "\\mathbb{R"), "\\R^n");
        Assert.Equal("R", error.Macro);
        Assert.Equal("The definition of \\R has unbalanced braces.", error.Message);
    }

    [Fact]
    public void An_unknown_colour_or_environment_in_a_macro_body_blames_the_macro()
    {
        Assert.Equal("hl", ErrorWith(Site("\\hl", "\\color{reed}{#1}"), "\\hl{x}").Macro);
        Assert.Equal("mat", ErrorWith(Site("\\mat", "\\begin{pmatrx}#1\\end{pmatrx}"), "\\mat{x}").Macro);
    }

    [Fact]
    public void An_unknown_colour_passed_as_an_argument_blames_the_formula()
    {
        var error = ErrorWith(Site("\\hl", "\\color{#1}{x}"), "\\hl{reed}");
        Assert.Null(error.Macro);
        Assert.Equal((4, 4), (error.Offset, error.Length));
    }

    [Fact]
    public void A_macro_that_uses_itself_blames_the_macro() =>
        Assert.Equal("loop", ErrorWith(Site("\\loop", "\\loop"), "\\loop").Macro);

    [Fact]
    public void A_missing_argument_at_a_use_blames_the_formula() =>
        Assert.Null(ErrorWith(Site("\\norm", "\\lVert #1 \\rVert"), "\\norm").Macro);

    [Fact]
    public void The_innermost_macro_is_blamed() =>
        Assert.Equal("inner", ErrorWith(MathMacroTable.FromDefinitions([new("\\outer", "\\inner x"), new("\\inner", "\\farc")]), "\\outer").Macro);

    [Fact]
    public void Macros_with_equal_bodies_are_told_apart()
    {
        var table = MathMacroTable.FromDefinitions([new("\\a", "\\farc"), new("\\b", "\\farc")]);
        Assert.Equal("b", ErrorWith(table, "\\b").Macro);
        Assert.Equal("a", ErrorWith(table, "\\a").Macro);
    }

    [Fact]
    public void A_newcommand_that_does_not_parse_blames_its_macro_and_later_uses_say_the_definition_failed()
    {
        var table = new MathMacroTable();
        var broken = ErrorWith(table, "\\newcommand{\\KL}{D_{\\mathrm{KL}}");
        Assert.Equal("KL", broken.Macro);
        Assert.Equal("This group is not closed.", broken.Message);
        Compiler.CompileToString("\\newcommand{\\KL}{D_{\\mathrm{KL}}", new MathRenderOptions { Macros = table }, out var result);
        Assert.Equal([new MathMacroDefinition("KL", 12, 3)], result.Definitions);

        var use = ErrorWith(table, "p \\KL q");
        Assert.Equal("KL", use.Macro);
        Assert.Equal("\\KL cannot be used: its definition failed.", use.Message);
        Assert.Equal((2, 3), (use.Offset, use.Length));
    }

    [Fact]
    public void A_failed_redefinition_of_a_built_in_is_not_the_old_command_in_disguise()
    {
        var table = new MathMacroTable();
        ErrorWith(table, "\\renewcommand{\\vec}[10]{x}");
        Assert.Equal("vec", ErrorWith(table, "\\vec{v}").Macro);
    }

    [Fact]
    public void A_later_good_definition_clears_the_failure()
    {
        var table = new MathMacroTable();
        ErrorWith(table, "\\newcommand{\\KL}{D_{");
        Compiler.CompileToString("\\newcommand{\\KL}{D}\\KL", new MathRenderOptions { Macros = table }, out var result);
        Assert.Empty(result.Errors);
    }
}
