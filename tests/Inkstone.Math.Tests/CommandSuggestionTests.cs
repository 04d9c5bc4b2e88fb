using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

/// <summary>"Did you mean" hints suggest a command only when it is both close and a plausible slip.</summary>
public sealed class CommandSuggestionTests
{
    private const string NoSuggestion = "define it with \\newcommand or in the site's math macros";

    [Theory]
    [InlineData("alpah", "alpha")]
    [InlineData("farc", "frac")]
    [InlineData("lapha", "alpha")]
    [InlineData("lpha", "alpha")]
    [InlineData("Sum", "sum")]
    [InlineData("sqrtt", "sqrt")]
    [InlineData("mathbbb", "mathbb")]
    [InlineData("overlien", "overline")]
    [InlineData("varepsilom", "varepsilon")]
    public void A_likely_typo_suggests_the_command(string typed, string meant) =>
        Assert.Equal($"did you mean \\{meant}?", Error($"\\{typed}").Hint);

    [Theory]
    [InlineData("foo")]
    [InlineData("xy")]
    [InlineData("qt")]
    [InlineData("mycommand")]
    [InlineData("bigbox")]
    public void An_unlike_name_suggests_nothing(string typed) => Assert.Equal(NoSuggestion, Error($"\\{typed}").Hint);

    [Fact]
    public void A_two_letter_name_never_gets_a_one_letter_change_such_as_it_for_lt() =>
        Assert.Equal(NoSuggestion, Error("\\qe").Hint);

    [Fact]
    public void A_different_first_letter_is_not_suggested_even_when_one_edit_away() =>
        Assert.Equal(NoSuggestion, Error("\\xota").Hint);

    [Fact]
    public void The_nearest_plausible_candidate_wins_over_one_further_away() =>
        Assert.Equal("did you mean \\theta?", Error("\\thetaa").Hint);

    [Fact]
    public void Site_macros_are_suggested_too()
    {
        var options = new MathRenderOptions { Macros = MathMacroTable.FromDefinitions([new("\\grad", "\\nabla")]) };
        Compiler.CompileToString("\\gard", options, out var result);
        Assert.Equal("did you mean \\grad?", result.Errors[0].Hint);
    }

    [Fact]
    public void Unknown_environments_get_the_same_rule()
    {
        Assert.Equal("did you mean pmatrix?", Error("\\begin{pmatrx} a \\end{pmatrx}").Hint);
        Assert.Equal("use aligned, cases, matrix or array", Error("\\begin{tabular} a \\end{tabular}").Hint);
    }
}
