using CsCheck;
using Inkstone.Math;

namespace Inkstone.Tests.Fuzzing;

/// <summary>
/// What <see cref="InputFuzzTests"/> found, kept as ordinary tests: the shrunk inputs, and the CsCheck
/// seeds that produced them (a seed replays its sample with the generators as they are now).
/// </summary>
public sealed class FuzzFindingTests
{
    public static TheoryData<string> TexFindings() => new()
    {
        // Seed 00mFfNPQSfy1: \renewcommand of \\ (a control symbol whose name is a backslash) threw ArgumentException from MathMacroTable.
        "\\ \\not\\renewcommand\\\\{\\overbrace\u0000+\\alpha\\hspace{1em}\\begin{aligned}_\\$~\\newcommand\\begin{aligned}+\\overbrace\\operatorname\\operatorname-]\\,\\bordermatrix}\\end{cases}\u001b\u001b+\\begin{aligned}#-\\underbrace$\\underbrace(\\ -",
        "\\renewcommand\\\\{x}",
        "\\newcommand{\\\\}{x}",
        "\\def\\\\{x}\\\\",
    };

    [Theory]
    [MemberData(nameof(TexFindings))]
    public void Tex_the_fuzzer_found_compiles_or_reports_errors_without_an_exception(string tex)
    {
        var compiler = new MathCompiler();
        compiler.Compile(tex, new StringWriter(), MathRenderOptions.Inline);
        compiler.Compile(tex, new StringWriter(), MathRenderOptions.Block with { Macros = new MathMacroTable() });
    }

    public static TheoryData<string> MarkdownFindings() => new()
    {
        // The Markdown target (2026-12-02): '{{' among a Hugo shortcode's parameters was read as an empty parameter for
        // ever, holding over 10 GB; it is one INK0315 warning now.
        "---\ntitle: 模糊\ndate: 2025-01-01\n---\n{{< 标题 {{ \n",
        "---\ntitle: 模糊\ndate: 2025-01-01\n---\n{{< figure src={{ x }} >}}\n",
        "---\ntitle: 模糊\ndate: 2025-01-01\n---\n{{% tabs {{< %}}\n",
    };

    [Theory]
    [MemberData(nameof(MarkdownFindings))]
    public void Markdown_the_fuzzer_found_builds_without_an_internal_error(string post) => FuzzSite.Check("title: 模糊\n", post);

    [Theory]
    [InlineData("00mFfNPQSfy1")]
    public void Tex_seeds_the_fuzzer_found_replay_without_an_exception(string seed) =>
        InputGenerators.Tex.Sample(tex => new MathCompiler().Compile(tex, new StringWriter(), MathRenderOptions.Block with { Macros = new MathMacroTable() }), seed: seed, iter: 1);
}
