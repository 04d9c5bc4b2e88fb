namespace Inkstone.Highlighting.Lexers;

/// <summary>Plain text: no tokens, only escaping and line splitting; pasted terminal output keeps its colours (<see cref="AnsiLexer"/>).</summary>
internal sealed class PlainTextLexer(Lexer terminal) : Lexer
{
    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        if (code[start..end].Contains('\u001b'))
        {
            terminal.Lex(code, start, end, ref writer);
        }
    }
}
