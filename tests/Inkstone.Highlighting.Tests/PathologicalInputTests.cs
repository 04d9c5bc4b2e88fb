using System.Diagnostics;

namespace Inkstone.Highlighting.Tests;

/// <summary>
/// Input no one writes but anyone can paste: nesting hundreds of thousands deep, brackets never closed. Every lexer
/// must get through it in time that grows with the block's length, not its square; the bound here is far above what
/// a linear lexer needs and far below what a quadratic one takes on these sizes.
/// </summary>
public sealed class PathologicalInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    public static TheoryData<string, string> Inputs() => new()
    {
        { "bash", "echo " + Repeat("$(", 160_000) },
        { "bash", Repeat("${", 100_000) },
        { "bash", "echo \"" + Repeat("$(echo \"", 50_000) },
        { "console", "$ " + Repeat("$(", 100_000) },
        { "powershell", Repeat("$(", 100_000) },
        { "javascript", "const s = `" + Repeat("${`", 100_000) },
        { "jsx", "const e = " + Repeat("<a x={", 50_000) },
        { "python", "f\"" + Repeat("{f\"", 100_000) },
        { "python", Repeat("(", 200_000) },
        { "cpp", Repeat("[[", 100_000) },
        { "rust", Repeat("#[", 100_000) + Repeat("/*", 100_000) },
        { "json", Repeat("[", 200_000) },
        { "yaml", Repeat("- [", 100_000) },
        { "css", Repeat("a{", 100_000) },
        { "scss", Repeat("#{", 100_000) },
        { "html", Repeat("<div><script>", 50_000) },
        { "markdown", Repeat("[", 200_000) + Repeat("](", 100_000) },
        { "latex", Repeat("\\left(", 100_000) + Repeat("\\verb", 50_000) },
        { "sql", Repeat("(", 200_000) },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_deeply_nested_or_unclosed_block_highlights_in_time_that_grows_with_its_length(string language, string code)
    {
        var clock = Stopwatch.StartNew();
        var recorder = TokenRecorder.Highlight(language, code);
        clock.Stop();

        Assert.Equal(code, recorder.Text());
        Assert.True(clock.Elapsed < Bound, $"{language}: {code.Length:N0} characters took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private static string Repeat(string s, int count) => string.Concat(Enumerable.Repeat(s, count));
}
