using System.Diagnostics;
using System.Xml.Linq;
using Inkstone.Math.Internal;

namespace Inkstone.Math.Tests;

/// <summary>Random TeX-like input with a fixed seed: the compiler must always produce well-formed markup and in-range error spans, quickly.</summary>
public sealed class FuzzTests
{
    private static readonly string[] Pieces = BuildPieces();

    private static string[] BuildPieces()
    {
        var pieces = new List<string>
        {
            "{", "}", "{", "}", "^", "_", "&", "\\\\", "'", " ", "x", "1", "2.5", "+", "-", "=", "(", ")", "[", "]", "|", "$", "#", "#1", "%\n", "~",
            ",", ".", "<", ">", "\"", "\\begin{matrix}", "\\end{matrix}", "\\begin{aligned}", "\\end{aligned}", "\\begin{cases}", "\\end{cases}",
            "\\begin{array}{c|l}", "\\end{array}", "\\left(", "\\right)", "\\middle|", "\\newcommand{\\x}{", "\\def\\y#1{", "\\x", "\\y", "\\text{",
            "\\tag{1}", "\\label{a}", "\\eqref{a}", "\\color{red}", "\\hspace{1em}", "\\kern-2mu", "中文", "α", "≤", "😀", "\ud800", "\u0001", "\\",
            "\\unknowncommand", "\\operatorname*{", "\\limits", "\\not", "\\over", "\\sqrt[", "\\xrightarrow[",
        };
        pieces.AddRange(CommandTable.Commands.Keys.Select(name => "\\" + name));
        return [.. pieces];
    }

    [Fact]
    public void Random_input_gives_well_formed_core_markup_and_error_spans_inside_the_input()
    {
        var random = new Random(20_260_129);
        var compiler = new MathCompiler();
        var macros = new MathMacroTable();
        for (var i = 0; i < 4_000; i++)
        {
            var builder = new System.Text.StringBuilder();
            var count = random.Next(1, 40);
            for (var j = 0; j < count; j++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }
            var tex = builder.ToString();
            var options = new MathRenderOptions { Display = i % 2 == 0, Macros = i % 3 == 0 ? macros : null, ResolveLabel = _ => null, AutoNumber = i % 5 == 0 ? "1" : null };
            var watch = Stopwatch.StartNew();
            string html;
            MathResult result;
            try
            {
                html = compiler.CompileToString(tex, options, out result);
            }
            catch (Exception exception)
            {
                Assert.Fail($"input {i} threw {exception.GetType().Name}: {exception.Message}\n{tex}");
                return;
            }
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"input {i} took {watch.Elapsed}: {tex}");
            try
            {
                var violation = CoreMarkup.Violation(XElement.Parse(html));
                Assert.True(violation is null, $"input {i}: {violation}\n{tex}");
            }
            catch (System.Xml.XmlException exception)
            {
                Assert.Fail($"input {i} gave malformed markup ({exception.Message}):\n{tex}\n{html}");
            }
            foreach (var error in result.Errors)
            {
                Assert.True(error.Offset >= 0 && error.Length >= 0 && error.Offset + error.Length <= tex.Length,
                    $"input {i}: span {error.Offset}+{error.Length} outside {tex.Length}: {error.Message}\n{tex}");
            }
        }
    }
}
