using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

public sealed class ErrorTests
{
    [Fact]
    public void Unknown_command_suggests_the_nearest_known_one()
    {
        var error = Error("a + \\farc{1}{2}");
        Assert.Equal("Unknown command \\farc.", error.Message);
        Assert.Equal((4, 5), (error.Offset, error.Length));
        Assert.Equal("did you mean \\frac?", error.Hint);
    }

    [Fact]
    public void A_style_switch_as_a_bare_subscript_asks_for_braces()
    {
        var error = Error("t_\\displaystyle x");
        Assert.Equal((2, 13), (error.Offset, error.Length));
        Assert.Equal("write t_{\\displaystyle ...}", error.Hint);
    }

    [Fact]
    public void Limits_inside_a_script_of_a_letter_is_an_error()
    {
        var error = Error("x_\\limits 1");
        Assert.Equal((2, 7), (error.Offset, error.Length));
    }

    [Fact]
    public void Line_break_inside_braces_in_an_environment_cell_is_an_error_with_a_hint()
    {
        var error = Error("\\begin{matrix} {a \\\\ b} \\end{matrix}");
        Assert.Equal((18, 2), (error.Offset, error.Length));
        Assert.Contains("\\substack", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_group_points_at_its_brace()
    {
        var error = Error("\\frac{a}{b");
        Assert.Equal((8, 1), (error.Offset, error.Length));
    }

    [Fact]
    public void Unmatched_closing_brace_points_at_it()
    {
        var error = Error("a}b");
        Assert.Equal((1, 1), (error.Offset, error.Length));
    }

    [Fact]
    public void Double_superscript_is_an_error()
    {
        var error = Error("x^a^b");
        Assert.Equal((3, 1), (error.Offset, error.Length));
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void Missing_argument_points_at_the_command()
    {
        var error = Error("\\sqrt");
        Assert.Equal((0, 5), (error.Offset, error.Length));
    }

    [Fact]
    public void Ampersand_outside_an_environment_is_an_error()
    {
        var error = Error("a & b");
        Assert.Equal((2, 1), (error.Offset, error.Length));
    }

    [Fact]
    public void Dollar_inside_math_is_an_error()
    {
        var error = Error("$x$");
        Assert.Equal((0, 1), (error.Offset, error.Length));
    }

    [Fact]
    public void Error_rendering_is_the_escaped_source_with_the_message_as_title()
    {
        var html = Compiler.CompileToString("<b>\\foo</b>", MathRenderOptions.Block);
        Assert.Equal("<span class=\"math-error math-display\" title=\"Unknown command \\foo. Hint: define it with \\newcommand or in the site's math macros.\">&lt;b&gt;\\foo&lt;/b&gt;</span>", html);
    }

    [Fact]
    public void Unknown_unit_is_an_error()
    {
        var error = Error("\\hspace{3furlongs}");
        Assert.Equal((8, 9), (error.Offset, error.Length));
    }
}
