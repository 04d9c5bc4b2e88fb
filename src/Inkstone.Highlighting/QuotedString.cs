namespace Inkstone.Highlighting;

/// <summary>Lexes a quoted string by a <see cref="StringRule"/>: escapes, interpolation holes (lexed again by the host lexer) and the closing quote.</summary>
internal static class QuotedString
{
    /// <summary>
    /// Emits the string whose prefix and opening quote span <c>code[pos..contentStart]</c>; returns the index after it.
    /// </summary>
    public static int Lex(Lexer host, ReadOnlySpan<char> code, int pos, int contentStart, int end, in StringRule rule, TokenKind kind, ref TokenWriter writer)
    {
        writer.Emit(kind, pos, contentStart);
        var i = contentStart;
        while (i < end)
        {
            var c = code[i];
            if (c == rule.Quote)
            {
                if (rule.DoubledQuote && i + 1 < end && code[i + 1] == rule.Quote)
                {
                    writer.Emit(kind, writer.Position, i);
                    writer.Emit(TokenKind.StringEscape, i, i + 2);
                    i += 2;
                    continue;
                }

                if (rule.QuoteCount == 1 || QuoteRun(code, i, end, c) >= rule.QuoteCount)
                {
                    writer.Emit(kind, writer.Position, i + rule.QuoteCount);
                    return i + rule.QuoteCount;
                }

                i++;
            }
            else if (rule.RawBackslash && c == '\\' && i + 1 < end && !Scan.IsLineBreak(code[i + 1]))
            {
                i += 2;
            }
            else if (c == rule.Escape && rule.Escape != '\0')
            {
                var escapeEnd = Scan.EscapeEnd(code, i, end);
                if (escapeEnd < end && Scan.IsLineBreak(code[escapeEnd]))
                {
                    // A backslash that ends the line continues the string on the next one (C, JavaScript, Python).
                    writer.Emit(kind, writer.Position, i);
                    writer.Emit(TokenKind.StringEscape, i, escapeEnd);
                    i = Scan.AfterLineBreak(code, escapeEnd, end);
                    continue;
                }

                writer.Emit(kind, writer.Position, i);
                writer.Emit(TokenKind.StringEscape, i, escapeEnd);
                i = escapeEnd;
            }
            else if (Scan.IsLineBreak(c) && !rule.Multiline)
            {
                writer.Emit(kind, writer.Position, i);
                return i;
            }
            else if (rule.HoleBraces > 0 && c is '{' or '}')
            {
                i = Brace(host, code, i, end, rule, kind, ref writer);
            }
            else if (rule.DollarHoles && c == '$' && i + 1 < end && code[i + 1] == '{')
            {
                i = Hole(host, code, i, i + 1, 1, end, rule, kind, ref writer);
            }
            else
            {
                i++;
            }
        }

        writer.Emit(kind, writer.Position, end);
        return end;
    }

    public static int QuoteRun(ReadOnlySpan<char> code, int pos, int end, char quote)
    {
        var run = 0;
        while (pos + run < end && code[pos + run] == quote)
        {
            run++;
        }

        return run;
    }

    private static int Brace(Lexer host, ReadOnlySpan<char> code, int i, int end, in StringRule rule, TokenKind kind, ref TokenWriter writer)
    {
        var c = code[i];
        var run = QuoteRun(code, i, end, c);
        if (rule.HoleBraces == 1 && run >= 2)
        {
            writer.Emit(kind, writer.Position, i);
            writer.Emit(TokenKind.StringEscape, i, i + 2);
            return i + 2;
        }

        if (c == '}' || run < rule.HoleBraces)
        {
            return i + run;
        }

        var open = i + run - rule.HoleBraces;
        return Hole(host, code, open, open, rule.HoleBraces, end, rule, kind, ref writer);
    }

    /// <summary>An interpolation hole whose marker starts at <paramref name="start"/> and whose first brace is at <paramref name="brace"/>.</summary>
    private static int Hole(Lexer host, ReadOnlySpan<char> code, int start, int brace, int braces, int end, in StringRule rule, TokenKind kind, ref TokenWriter writer)
    {
        var limit = rule.Multiline ? end : Scan.NearLineEnd(code, brace, end);
        var close = Scan.ClosingBracket(code, brace, limit, '{', '}', ref writer);
        var innerStart = brace + braces;
        var innerEnd = close - braces + 1;
        if (close < 0 || innerEnd < innerStart)
        {
            return brace + 1;
        }

        // Brace holes ({x:F2}, {x!r:>8}) may end in a format specification, which is not code.
        var codeEnd = rule.HoleBraces > 0 ? FormatSpecStart(code, innerStart, innerEnd) : innerEnd;
        writer.Emit(kind, writer.Position, start);
        writer.Emit(TokenKind.Interpolation, start, innerStart);
        if (writer.Depth >= Lexer.MaxNestingDepth)
        {
            writer.Emit(TokenKind.Interpolation, innerStart, codeEnd);
        }
        else
        {
            writer.Depth++;
            host.Lex(code, innerStart, codeEnd, ref writer);
            writer.Depth--;
        }

        writer.Emit(TokenKind.Text, writer.Position, codeEnd);
        writer.Emit(TokenKind.Interpolation, codeEnd, close + 1);
        return close + 1;
    }

    /// <summary>Where a top-level <c>:format</c> or <c>!r</c> conversion starts inside a hole, or <paramref name="end"/>.</summary>
    private static int FormatSpecStart(ReadOnlySpan<char> code, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            var c = code[i];
            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
            else if (c is '"' or '\'')
            {
                var close = code[(i + 1)..end].IndexOf(c);
                i = close < 0 ? end : i + 1 + close;
            }
            else if (depth == 0 && c == ':' && (i + 1 >= end || code[i + 1] != ':'))
            {
                return i;
            }
            else if (depth == 0 && c == '!' && i + 1 < end && code[i + 1] is 'r' or 's' or 'a' && (i + 2 == end || code[i + 2] == ':'))
            {
                return i;
            }
        }

        return end;
    }
}
