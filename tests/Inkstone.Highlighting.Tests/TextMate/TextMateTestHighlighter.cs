using Inkstone.Highlighting.TextMate;

namespace Inkstone.Highlighting.Tests.TextMate;

/// <summary>One highlighter with the TextMate languages for all these tests: grammars compile once per session, so sharing saves seconds.</summary>
internal static class TextMateTestHighlighter
{
    public static SyntaxHighlighter Instance { get; } = new(TextMateLanguages.Create());

    // The languages only a grammar has: not the hand-written ones a grammar highlights in their place (PreferredGrammars).
    public static IReadOnlyList<HighlightLanguage> GrammarLanguages { get; } = [.. Instance.Languages.Where(l => l.Lexer is TextMateLexer && !TextMateLanguages.PreferredGrammars.ContainsKey(l.Name))];
}
