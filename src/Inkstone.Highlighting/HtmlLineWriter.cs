using System.Text;

namespace Inkstone.Highlighting;

/// <summary>
/// A sink that turns tokens into one escaped HTML string per line, ready for the caller to wrap
/// (line numbers, highlighted lines, diff marks). Not thread-safe: use one per highlighted block.
/// </summary>
internal sealed class HtmlLineWriter : IHighlightSink
{
    private readonly StringBuilder _line = new();
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public void BeginLine(int lineIndex) => _line.Clear();

    public void Token(TokenKind kind, ReadOnlySpan<char> text) => HtmlText.AppendToken(_line, kind, text);

    public void EndLine() => _lines.Add(_line.ToString());

    /// <summary>Forgets the lines written so far so the writer can be reused for another block.</summary>
    public void Clear()
    {
        _line.Clear();
        _lines.Clear();
    }
}
