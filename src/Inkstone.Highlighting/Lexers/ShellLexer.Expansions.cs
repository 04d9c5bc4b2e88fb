namespace Inkstone.Highlighting.Lexers;

/// <summary>Quoting, parameter and command substitution, arithmetic and heredocs.</summary>
internal sealed partial class ShellLexer
{
    private int DoubleQuoted(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        writer.Emit(TokenKind.String, pos, pos + 1);
        var i = pos + 1;
        while (i < end)
        {
            var c = code[i];
            if (c == '"')
            {
                writer.Emit(TokenKind.String, writer.Position, i + 1);
                return i + 1;
            }

            if (c == '\\' && i + 1 < end && code[i + 1] is '$' or '"' or '\\' or '`')
            {
                writer.Emit(TokenKind.String, writer.Position, i);
                writer.Emit(TokenKind.StringEscape, i, i + 2);
                i += 2;
            }
            else if (c is '$' or '`')
            {
                writer.Emit(TokenKind.String, writer.Position, i);
                var after = c == '$' ? Dollar(this, code, i, end, ref writer) : Backtick(code, i, end, ref writer);
                if (after == i)
                {
                    i++;
                }
                else
                {
                    i = after;
                }
            }
            else
            {
                i++;
            }
        }

        writer.Emit(TokenKind.String, writer.Position, end);
        return end;
    }

    /// <summary><c>$name</c>, <c>${name}</c>, <c>$1</c>, <c>$(command)</c>, <c>$((arithmetic))</c>; the substitution body is lexed by <paramref name="host"/>.</summary>
    public static int Dollar(Lexer host, ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        var next = pos + 1 < end ? code[pos + 1] : '\0';
        if (next == '{')
        {
            var close = Scan.ClosingBracket(code, pos + 1, end, '{', '}', ref writer);
            var varEnd = close < 0 ? pos + 2 : close + 1;
            writer.Emit(TokenKind.Variable, pos, varEnd);
            return varEnd;
        }

        if (next == '(')
        {
            var close = Scan.ClosingBracket(code, pos + 1, end, '(', ')', ref writer);
            if (close < 0)
            {
                writer.Emit(TokenKind.Interpolation, pos, pos + 2);
                return pos + 2;
            }

            var arithmetic = pos + 2 < close && code[pos + 2] == '(' && code[close - 1] == ')';
            var open = arithmetic ? pos + 3 : pos + 2;
            var innerEnd = arithmetic ? close - 1 : close;
            writer.Emit(TokenKind.Interpolation, pos, open);
            if (arithmetic)
            {
                Arithmetic(host, code, open, innerEnd, ref writer);
            }
            else
            {
                LexNested(host, code, open, innerEnd, ref writer, TokenKind.Interpolation);
            }

            writer.Emit(TokenKind.Text, writer.Position, innerEnd);
            writer.Emit(TokenKind.Interpolation, innerEnd, close + 1);
            return close + 1;
        }

        if (Scan.IsIdentStart(next))
        {
            var nameEnd = Scan.IdentifierEnd(code, pos + 1, end);
            writer.Emit(TokenKind.Variable, pos, nameEnd);
            return nameEnd;
        }

        if (char.IsAsciiDigit(next) || next is '@' or '*' or '#' or '?' or '$' or '!' or '-' or '_')
        {
            writer.Emit(TokenKind.Variable, pos, pos + 2);
            return pos + 2;
        }

        return pos + 1;
    }

    /// <summary>Inside <c>$((...))</c>: names are variables without a dollar, numbers and operators.</summary>
    private static void Arithmetic(Lexer host, ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        while (pos < end)
        {
            var c = code[pos];
            if (c == '$')
            {
                pos = Dollar(host, code, pos, end, ref writer);
            }
            else if (char.IsAsciiDigit(c))
            {
                var numberEnd = Scan.NumberEnd(code, pos, end);
                writer.Emit(TokenKind.Number, pos, numberEnd);
                pos = numberEnd;
            }
            else if (Scan.IsIdentStart(c))
            {
                pos = Scan.IdentifierEnd(code, pos, end);
            }
            else
            {
                if (c is '+' or '-' or '*' or '/' or '%' or '<' or '>' or '=' or '!' or '&' or '|' or '^' or '~' or '?' or ':')
                {
                    writer.Emit(TokenKind.Operator, pos, pos + 1);
                }
                else if (c is '(' or ')')
                {
                    writer.Emit(TokenKind.Punctuation, pos, pos + 1);
                }

                pos++;
            }
        }
    }

    private int Backtick(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        var close = code[(pos + 1)..end].IndexOf('`');
        if (close < 0)
        {
            writer.Emit(TokenKind.Interpolation, pos, pos + 1);
            return pos + 1;
        }

        close += pos + 1;
        writer.Emit(TokenKind.Interpolation, pos, pos + 1);
        LexNested(this, code, pos + 1, close, ref writer, TokenKind.Interpolation);
        writer.Emit(TokenKind.Text, writer.Position, close);
        writer.Emit(TokenKind.Interpolation, close, close + 1);
        return close + 1;
    }

    private static int HeredocStart(ReadOnlySpan<char> code, int pos, int end, ref int wordStart, ref int wordEnd, ref bool dash, ref TokenWriter writer)
    {
        var i = pos + 2;
        dash = i < end && code[i] == '-';
        i = Scan.SpacesEnd(code, dash ? i + 1 : i, end);
        writer.Emit(TokenKind.Operator, pos, i);
        var quoted = i < end && code[i] is '\'' or '"';
        var nameStart = quoted ? i + 1 : i;
        var nameEnd = Scan.IdentifierEnd(code, nameStart, end);
        if (nameEnd == nameStart)
        {
            return i;
        }

        var tokenEnd = quoted && nameEnd < end && code[nameEnd] == code[i] ? nameEnd + 1 : nameEnd;
        writer.Emit(TokenKind.String, i, tokenEnd);
        wordStart = nameStart;
        wordEnd = nameEnd;
        return tokenEnd;
    }

    private static int HeredocBody(ReadOnlySpan<char> code, int pos, int end, ReadOnlySpan<char> terminator, bool dash, ref TokenWriter writer)
    {
        var lineStart = pos;
        while (lineStart < end)
        {
            var lineEnd = Scan.LineEnd(code, lineStart, end);
            var line = code[lineStart..lineEnd];
            if ((dash ? line.TrimStart('\t') : line).SequenceEqual(terminator))
            {
                writer.Emit(TokenKind.String, pos, lineStart);
                writer.Emit(TokenKind.Meta, lineStart, lineEnd);
                return lineEnd;
            }

            lineStart = Scan.AfterLineBreak(code, lineEnd, end);
            if (lineEnd >= end)
            {
                break;
            }
        }

        writer.Emit(TokenKind.String, pos, end);
        return end;
    }
}
