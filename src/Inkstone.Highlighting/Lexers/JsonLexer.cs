namespace Inkstone.Highlighting.Lexers;

/// <summary>JSON (and JSON with comments): keys as properties, strings with escapes, numbers, literals.</summary>
internal sealed class JsonLexer : Lexer
{
    private static readonly StringRule Quoted = new('"');

    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var pos = start;
        while (pos < end)
        {
            var c = code[pos];
            var next = pos + 1 < end ? code[pos + 1] : '\0';
            if (c == '"')
            {
                var close = StringEnd(code, pos, end);
                var after = Scan.SpacesEnd(code, close, end);
                var kind = after < end && code[after] == ':' ? TokenKind.Property : TokenKind.String;
                pos = QuotedString.Lex(this, code, pos, pos + 1, end, Quoted, kind, ref writer);
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && char.IsAsciiDigit(next)))
            {
                var numberEnd = Scan.NumberEnd(code, c == '-' ? pos + 1 : pos, end);
                writer.Emit(TokenKind.Number, pos, numberEnd);
                pos = numberEnd;
            }
            else if (Scan.IsIdentStart(c))
            {
                var wordEnd = Scan.IdentifierEnd(code, pos, end);
                if (code[pos..wordEnd] is "true" or "false" or "null")
                {
                    writer.Emit(TokenKind.Constant, pos, wordEnd);
                }

                pos = wordEnd;
            }
            else if (c == '/' && next is '/' or '*')
            {
                var close = next == '/' ? Scan.LineEnd(code, pos, end) : code[(pos + 2)..end].IndexOf("*/");
                var commentEnd = next == '/' ? close : close < 0 ? end : pos + 2 + close + 2;
                writer.Emit(TokenKind.Comment, pos, commentEnd);
                pos = commentEnd;
            }
            else
            {
                if (c is '{' or '}' or '[' or ']' or ',' or ':')
                {
                    writer.Emit(TokenKind.Punctuation, pos, pos + 1);
                }

                pos++;
            }
        }
    }

    private static int StringEnd(ReadOnlySpan<char> code, int pos, int end)
    {
        for (var i = pos + 1; i < end; i++)
        {
            if (code[i] == '\\')
            {
                i++;
            }
            else if (code[i] == '"')
            {
                return i + 1;
            }
            else if (Scan.IsLineBreak(code[i]))
            {
                return i;
            }
        }

        return end;
    }
}
