using Inkstone.Highlighting.Lexers;
using Inkstone.Highlighting.TextMate;

namespace Inkstone.Highlighting.Tests.TextMate;

/// <summary>
/// Golden files through the engine a build chooses for each language (the highlighter a build makes, with the TextMate
/// languages): for a language whose grammar highlights it in place of its hand-written lexer
/// (<see cref="TextMateLanguages.PreferredGrammars"/>), its golden sample again (<c>Samples/x.grammar.tokens</c>), and
/// <c>DefectSamples/</c>, the constructs of the reported defects (PostgreSQL's <c>#&gt;&gt;</c>, PowerShell's
/// <c>a-b</c> arguments, <c>\verb|%|</c>, brace expansion, prompts, continued strings, pasted ANSI escapes) in each such
/// language, so a defect fixed in a lexer cannot come back through the grammar a build uses instead. Regenerate with
/// <c>INKSTONE_UPDATE_GOLDEN=1 dotnet test tests/Inkstone.Highlighting.Tests --filter FullyQualifiedName~GoldenTests</c>.
/// </summary>
public sealed class BuildEngineGoldenTests
{
    public static TheoryData<string> GrammarSamples() =>
        [.. Files("Samples").Where(f => ChosenEngineIsGrammar(Language(f)))];

    public static TheoryData<string> DefectSamples() => [.. Files("DefectSamples")];

    [Theory]
    [MemberData(nameof(GrammarSamples))]
    public void A_sample_whose_language_a_grammar_highlights_matches_its_grammar_golden_file(string sample)
    {
        var path = Path.Combine(GoldenFile.Directory("Samples"), sample);
        GoldenFile.AssertMatches(TextMateTestHighlighter.Instance, path, path + ".grammar.tokens");
    }

    [Theory]
    [MemberData(nameof(DefectSamples))]
    public void A_reported_defect_highlights_as_its_golden_file_through_the_engine_a_build_chooses(string sample)
    {
        var path = Path.Combine(GoldenFile.Directory("DefectSamples"), sample);
        GoldenFile.AssertMatches(TextMateTestHighlighter.Instance, path, path + ".tokens");
    }

    [Fact]
    public void Every_language_a_grammar_highlights_in_place_of_its_lexer_has_defect_samples()
    {
        var sampled = Files("DefectSamples").Select(Language).ToHashSet(StringComparer.Ordinal);

        var missing = TextMateLanguages.PreferredGrammars.Keys.Except(sampled).ToList();
        Assert.True(missing.Count == 0, "no defect sample for " + string.Join(", ", missing));
        Assert.All(sampled, name => Assert.True(TextMateTestHighlighter.Instance.TryResolve(name, out _), name));
    }

    private static bool ChosenEngineIsGrammar(string name) =>
        TextMateTestHighlighter.Instance.TryResolve(name, out var language) && language.Lexer is TextMateLexer or ShellBlockLexer { Script: TextMateLexer };

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(GoldenFile.Directory(folder)).Where(f => !f.EndsWith(".tokens", StringComparison.Ordinal)).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal);

    private static string Language(string fileName) => fileName.Split('.')[0];
}
