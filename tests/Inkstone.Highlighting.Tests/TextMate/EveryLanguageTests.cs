using Inkstone.Highlighting.TextMate;

namespace Inkstone.Highlighting.Tests.TextMate;

/// <summary>Every language the TextMate path advertises loads its grammar and highlights code without falling back.</summary>
public sealed class EveryLanguageTests
{
    // Something most languages read as a comment, a string, a number or a keyword; what each makes of it varies.
    private const string Polyglot = """
        # comment -- comment // comment ; comment % comment
        if x == "text" then return 42 end
        function f(a, b) { let y = 'c' + 3.5; }
        <tag attr="v">x</tag>
        """;

    public static TheoryData<string> TextMateLanguageNames() => [.. TextMateTestHighlighter.GrammarLanguages.Select(l => l.Name)];

    [Theory]
    [MemberData(nameof(TextMateLanguageNames))]
    public void The_grammar_loads_and_highlights_without_falling_back(string name)
    {
        Assert.True(TextMateTestHighlighter.Instance.TryResolve(name, out var language));
        var lexer = Assert.IsType<TextMateLexer>(language.Lexer);
        var tokens = new List<(int Start, int End, TokenKind Kind)>();
        Assert.True(lexer.TryTokenize(Polyglot, 0, tokens), $"{name} fell back to plain text");
    }

    [Fact]
    public void At_least_150_languages_come_from_TextMate_grammars() =>
        Assert.True(TextMateTestHighlighter.GrammarLanguages.Count >= 150, $"{TextMateTestHighlighter.GrammarLanguages.Count} TextMate languages");
}
