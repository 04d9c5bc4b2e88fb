using Inkstone.Highlighting.TextMate;

namespace Inkstone.Highlighting.Tests.TextMate;

/// <summary>One highlighter with the TextMate languages for all these tests: grammars compile once per session, so sharing saves seconds.</summary>
internal static class TextMateTestHighlighter
{
    public static SyntaxHighlighter Instance { get; } = new(TextMateLanguages.Create());

    public static IReadOnlyList<HighlightLanguage> GrammarLanguages { get; } = [.. Instance.Languages.Where(l => l.Lexer is TextMateLexer)];
}
