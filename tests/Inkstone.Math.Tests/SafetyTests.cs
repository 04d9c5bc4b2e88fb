using System.Diagnostics;
using System.Xml.Linq;
using static Inkstone.Math.Tests.MathMarkup;

namespace Inkstone.Math.Tests;

public sealed class SafetyTests
{
    private static MathError FailsQuickly(string tex, MathRenderOptions? options = null)
    {
        var watch = Stopwatch.StartNew();
        Compiler.CompileToString(tex, options ?? MathRenderOptions.Inline, out var result);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.True(result.RenderedAsError);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Self_doubling_def_stops_at_the_expansion_limit() =>
        Assert.Contains("macro expansions", FailsQuickly("\\def\\a{\\a\\a}\\a").Message, StringComparison.Ordinal);

    [Fact]
    public void Self_referencing_newcommand_stops_at_the_expansion_limit() =>
        Assert.Contains("macro expansions", FailsQuickly("\\newcommand{\\x}{\\x}\\x").Message, StringComparison.Ordinal);

    [Fact]
    public void Argument_doubling_macro_stops_at_the_token_limit()
    {
        var error = FailsQuickly("\\def\\d#1{#1#1}" + string.Concat(Enumerable.Repeat("\\d{", 30)) + "x" + new string('}', 30));
        Assert.Contains("Macro expansion", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ten_thousand_nested_braces_end_as_a_nesting_error()
    {
        var error = FailsQuickly(new string('{', 10_000) + "x" + new string('}', 10_000));
        Assert.Contains("nested too deeply", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Length);
    }

    [Fact]
    public void Deeply_nested_commands_end_as_a_nesting_error()
    {
        FailsQuickly(string.Concat(Enumerable.Repeat("\\sqrt", 5_000)) + "x");
        FailsQuickly(string.Concat(Enumerable.Repeat("\\left(", 5_000)));
        FailsQuickly(string.Concat(Enumerable.Repeat("x^", 5_000)) + "x");
        FailsQuickly(string.Concat(Enumerable.Repeat("\\displaystyle ", 5_000)) + "x");
    }

    [Fact]
    public void Nesting_up_to_the_limit_works_and_beyond_it_fails_cleanly_even_on_a_small_stack()
    {
        MathResult? atLimit = null, beyond = null;
        Exception? crash = null;
        var thread = new Thread(() =>
        {
            try
            {
                // Each brace level is one nesting level: 195 is just under the default limit of 200. A 1 MB stack is the smallest .NET uses by default.
                atLimit = Compile(new string('{', 195) + "x" + new string('}', 195));
                beyond = Compile(string.Concat(Enumerable.Repeat("\\frac{", 3_000)) + "x");
            }
            catch (Exception exception)
            {
                crash = exception;
            }
        }, maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(crash);
        Assert.Empty(atLimit!.Errors);
        Assert.True(beyond!.RenderedAsError);

        static MathResult Compile(string tex)
        {
            Compiler.CompileToString(tex, MathRenderOptions.Inline, out var result);
            return result;
        }
    }

    [Fact]
    public void A_megabyte_formula_is_rejected_by_length()
    {
        var error = FailsQuickly(string.Concat(Enumerable.Repeat("x+", 500_000)));
        Assert.Contains("too long", error.Message, StringComparison.Ordinal);
        Assert.Equal(65_536, error.Offset);
    }

    [Fact]
    public void Markup_in_the_input_is_escaped_everywhere()
    {
        var html = Compiler.CompileToString("\\text{<script>alert(1)</script>} < \\&", MathRenderOptions.Inline);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        XElement.Parse(html);
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_never_reach_the_output()
    {
        var html = Compiler.CompileToString("\\text{a\u0001b\ud800}", MathRenderOptions.Inline);
        Assert.DoesNotContain('\u0001', html);
        XElement.Parse(html);
    }

    [Fact]
    public void Labels_cannot_inject_attributes()
    {
        var html = Compiler.CompileToString("\\eqref{\" onclick=\"x}", MathRenderOptions.Inline);
        var attributes = XElement.Parse(html).DescendantsAndSelf().SelectMany(e => e.Attributes()).Select(a => a.Name.LocalName);
        Assert.DoesNotContain("onclick", attributes);
    }

    [Fact]
    public void Compiler_is_safe_to_share_between_threads()
    {
        var formulas = new[] { "x_i", "\\frac{a}{b}", "\\begin{cases} 1 & x \\\\ 0 & y \\end{cases}", "\\sum_i^n i" };
        var expected = formulas.Select(f => Compiler.CompileToString(f, MathRenderOptions.Block)).ToArray();
        Parallel.For(0, 2_000, i => Assert.Equal(expected[i % 4], Compiler.CompileToString(formulas[i % 4], MathRenderOptions.Block)));
    }
}
