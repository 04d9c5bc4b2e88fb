namespace Inkstone.Highlighting.Tests.Differential;

/// <summary>Inkstone's coarse category for each character of a block, from the token stream the HTML is written from.</summary>
internal sealed class InkstoneCategorizer : IHighlightSink
{
    private readonly CoarseCategory[] _categories;
    private readonly string _code;
    private int _position;

    private InkstoneCategorizer(string code)
    {
        _code = code;
        _categories = new CoarseCategory[code.Length];
    }

    public static CoarseCategory[] Categorize(SyntaxHighlighter highlighter, HighlightLanguage language, string code)
    {
        var sink = new InkstoneCategorizer(code);
        highlighter.Highlight(language, code, sink);
        return sink._categories;
    }

    public void BeginLine(int lineIndex)
    {
        // Line breaks are not tokens: skip them in the source to stay aligned.
        if (lineIndex > 0 && _position < _code.Length && _code[_position] is '\r' or '\n')
        {
            _position += _code[_position] == '\r' && _position + 1 < _code.Length && _code[_position + 1] == '\n' ? 2 : 1;
        }
    }

    public void Token(TokenKind kind, ReadOnlySpan<char> text)
    {
        _categories.AsSpan(_position, text.Length).Fill(CoarseCategories.Of(kind));
        _position += text.Length;
    }

    public void EndLine()
    {
    }
}
