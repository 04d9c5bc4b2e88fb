namespace Inkstone.Highlighting.Lexers;

/// <summary>Plain text: no tokens, only escaping and line splitting.</summary>
internal sealed class PlainTextLexer : Lexer
{
    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
    }
}
