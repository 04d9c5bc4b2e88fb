using Inkstone.Highlighting.Lexers;
using Inkstone.Highlighting.TextMate;

namespace Inkstone.Highlighting.Tests.TextMate;

/// <summary>
/// Nesting on the TextMate path is bounded by work, not by a clock: TextMateSharp hands each token its whole scope
/// stack, so nesting that grows line after line would cost the square of a block's length (2,000 lines of <c>$(</c>
/// took 15 s, 4,000 took 80 s). A grammar state deeper than <see cref="TextMateLexer.MaxStateDepth"/> ends the
/// block's highlighting, plain, after at most that many lines; one line over <see cref="TextMateLexer.MaxLineLength"/>
/// is never tokenized at all. These count what the grammar read; the timing is in bench/README.md.
/// </summary>
public sealed class DepthBoundTests
{
    private const int Lines = 160_000;

    private static readonly Dictionary<string, HighlightLanguage> Grammars =
        TextMateLanguages.Create().Where(l => !l.ReplacesHandWritten).ToDictionary(l => l.Name, StringComparer.Ordinal);

    private static readonly (string Language, string Line)[] Nesting =
    [
        ("bash", "echo $(\n"), ("bash", "echo \"$(echo \"\n"), ("bash", "${\n"), ("powershell", "$(\n"), ("latex", "\\begin{x}\n"), ("css", "a{\n"),
        ("less", "a{\n"), ("scss", "#{\n"), ("html", "<div><script>\n"), ("php", "<?php $a = [\n"), ("haskell", "(\n"), ("yaml", "- [\n"),
    ];

    /// <summary>Multi-line nesting, a level or more per line, in grammars of languages a build highlights by grammar and of others.</summary>
    public static TheoryData<string, string> NestingLines() => Data(Nesting);

    /// <summary>The same, in the languages a build gives to a grammar.</summary>
    public static TheoryData<string, string> NestingLinesOfGrammarLanguages() =>
        Data(Nesting.Where(n => TextMateTestHighlighter.Instance.TryResolve(n.Language, out var l) && l.Lexer is TextMateLexer or ShellBlockLexer { Script: TextMateLexer }));

    /// <summary>The single-line inputs that once took seconds (PathologicalInputTests), now in the languages a build gives to a grammar.</summary>
    public static TheoryData<string, string> LongLines() => new()
    {
        { "bash", "echo " + Repeat("$(", 160_000) },
        { "bash", "echo \"" + Repeat("$(echo \"", 50_000) },
        { "powershell", Repeat("$(", 100_000) },
        { "css", Repeat("a{", 100_000) },
        { "markdown", Repeat("[", 200_000) + Repeat("](", 100_000) },
        { "latex", Repeat("\\left(", 100_000) + Repeat("\\verb", 50_000) },
        { "sql", Repeat("(", 200_000) },
        { "postgresql", Repeat("(", 200_000) },
    };

    [Theory]
    [MemberData(nameof(NestingLines))]
    public void Nesting_that_grows_every_line_stops_the_grammar_at_the_depth_bound_and_leaves_the_block_plain(string language, string line)
    {
        var code = Repeat(line, Lines);
        var lexer = GrammarOf(language);

        var highlighted = lexer.TryTokenize(code, 0, [], out var work);

        Assert.False(highlighted);
        Assert.True(work.LinesRead <= TextMateLexer.MaxStateDepth + 1, $"{language}: the grammar read {work.LinesRead:N0} of {Lines:N0} lines");
        Assert.True(work.DeepestState > TextMateLexer.MaxStateDepth);
    }

    [Theory]
    [MemberData(nameof(NestingLinesOfGrammarLanguages))]
    public void A_block_nesting_past_the_bound_is_plain_whole_and_escaped_through_the_build_highlighter(string language, string line)
    {
        var code = Repeat(line, 1_000);

        var recorder = TokenRecorder.Highlight(TextMateTestHighlighter.Instance, language, code);

        Assert.Equal(code.TrimEnd('\n'), recorder.Text());
        Assert.All(recorder.Tokens, t => Assert.Equal(TokenKind.Text, t.Kind));
    }

    [Theory]
    [MemberData(nameof(LongLines))]
    public void A_line_of_nesting_hundreds_of_thousands_deep_is_never_given_to_the_grammar(string language, string code)
    {
        var lexer = GrammarOf(language);

        Assert.True(lexer.TryTokenize(code, 0, [], out var work));
        Assert.Equal(0, work.LinesRead);
        Assert.Equal(code, TokenRecorder.Highlight(TextMateTestHighlighter.Instance, language, code).Text());
    }

    [Fact]
    public void Real_code_nests_far_less_deeply_than_the_bound()
    {
        var deepest = 0;
        foreach (var sample in Directory.EnumerateFiles(GoldenFile.Directory("Samples")).Where(f => !f.EndsWith(".tokens", StringComparison.Ordinal)))
        {
            var name = Path.GetFileName(sample).Split('.')[0];
            if (GrammarFor(name) is { } lexer)
            {
                Assert.True(lexer.TryTokenize(File.ReadAllText(sample), 0, [], out var work), name);
                deepest = Math.Max(deepest, work.DeepestState);
            }
        }

        Assert.InRange(deepest, 1, TextMateLexer.MaxStateDepth / 10);
    }

    private static TextMateLexer GrammarOf(string language)
    {
        Assert.True(TextMateTestHighlighter.Instance.TryResolve(language, out var resolved), language);
        return resolved.Lexer switch
        {
            TextMateLexer grammar => grammar,
            ShellBlockLexer { Script: TextMateLexer grammar } => grammar,
            _ => GrammarFor(language) ?? throw new InvalidOperationException($"{language} has no grammar"),
        };
    }

    // The grammar of a language even where a hand-written lexer is chosen (html, scss, yaml): VS Code's, as shiki names it.
    private static TextMateLexer? GrammarFor(string language) =>
        Grammars.TryGetValue(language switch { "bash" => "shellscript", "dockerfile" => "docker", "mysql" or "postgresql" => "sql", _ => language }, out var grammar)
            ? (TextMateLexer)grammar.Lexer
            : null;

    private static TheoryData<string, string> Data(IEnumerable<(string Language, string Line)> rows)
    {
        var data = new TheoryData<string, string>();
        foreach (var (language, line) in rows)
        {
            data.Add(language, line);
        }

        return data;
    }

    private static string Repeat(string s, int count) => string.Concat(Enumerable.Repeat(s, count));
}
