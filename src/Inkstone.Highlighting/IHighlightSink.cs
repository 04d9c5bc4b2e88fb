namespace Inkstone.Highlighting;

/// <summary>
/// Receives highlighted code line by line. Line breaks (LF, CRLF or CR) are not delivered as tokens: they end a line.
/// A token never contains a line break, so a caller can wrap each line on its own.
/// </summary>
internal interface IHighlightSink
{
    void BeginLine(int lineIndex);

    void Token(TokenKind kind, ReadOnlySpan<char> text);

    void EndLine();
}
