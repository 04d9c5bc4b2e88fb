namespace Inkstone.Highlighting.Lexers;

/// <summary>
/// Markdown: headings, lists, quotes, emphasis, inline code and links. A fenced block whose info string names a
/// known language is highlighted in that language; other fences are strings.
/// </summary>
internal sealed class MarkdownLexer(Func<string, Lexer?> fenceLanguage) : Lexer
{
    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var pos = start;
        while (pos < end)
        {
            var lineEnd = Scan.LineEnd(code, pos, end);
            var first = Scan.SpacesEnd(code, pos, lineEnd);
            var c = first < lineEnd ? code[first] : '\0';
            var run = c is '`' or '~' ? QuotedString.QuoteRun(code, first, lineEnd, c) : 0;
            if (run >= 3 && first - pos < 4 && (c == '~' || code[(first + run)..lineEnd].IndexOf('`') < 0))
            {
                writer.Emit(TokenKind.Meta, first, lineEnd);
                pos = FencedBlock(code, first + run, Scan.AfterLineBreak(code, lineEnd, end), end, c, run, ref writer);
                continue;
            }

            Block(code, first, lineEnd, ref writer);
            pos = Scan.AfterLineBreak(code, lineEnd, end);
        }
    }

    /// <summary>Lexes a fenced block's body (from <paramref name="bodyStart"/>) and its closing fence; returns the position after them.</summary>
    private int FencedBlock(ReadOnlySpan<char> code, int infoStart, int bodyStart, int end, char fence, int fenceLength, ref TokenWriter writer)
    {
        var infoEnd = infoStart = Scan.SpacesEnd(code, infoStart, end);
        while (infoEnd < end && !char.IsWhiteSpace(code[infoEnd]) && code[infoEnd] is not ('{' or ','))
        {
            infoEnd++;
        }

        var lineStart = bodyStart;
        var bodyEnd = end;
        var closeEnd = end;
        while (lineStart < end)
        {
            var lineEnd = Scan.LineEnd(code, lineStart, end);
            var first = Scan.SpacesEnd(code, lineStart, lineEnd);
            var run = first < lineEnd && code[first] == fence ? QuotedString.QuoteRun(code, first, lineEnd, fence) : 0;
            if (run >= fenceLength && Scan.SpacesEnd(code, first + run, lineEnd) == lineEnd)
            {
                bodyEnd = lineStart;
                closeEnd = lineEnd;
                break;
            }

            lineStart = Scan.AfterLineBreak(code, lineEnd, end);
        }

        var lexer = infoEnd > infoStart && writer.Depth < MaxNestingDepth ? fenceLanguage(code[infoStart..infoEnd].ToString()) : null;
        if (lexer is null)
        {
            writer.Emit(TokenKind.String, bodyStart, bodyEnd);
        }
        else
        {
            LexNested(lexer, code, bodyStart, bodyEnd, ref writer, TokenKind.String);
        }

        writer.Emit(TokenKind.Text, writer.Position, bodyEnd);
        writer.Emit(TokenKind.Meta, bodyEnd, closeEnd);
        return Scan.AfterLineBreak(code, closeEnd, end);
    }

    private static void Block(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        if (pos >= end)
        {
            return;
        }

        var c = code[pos];
        if (c == '#')
        {
            var hashes = QuotedString.QuoteRun(code, pos, end, '#');
            if (hashes <= 6 && (pos + hashes == end || code[pos + hashes] == ' '))
            {
                writer.Emit(TokenKind.Heading, pos, end);
                return;
            }
        }

        if (c is '-' or '*' or '_' && IsThematicBreak(code[pos..end], c))
        {
            writer.Emit(TokenKind.Punctuation, pos, end);
            return;
        }

        while (pos < end && code[pos] == '>')
        {
            writer.Emit(TokenKind.Punctuation, pos, pos + 1);
            pos = Scan.SpacesEnd(code, pos + 1, end);
        }

        var marker = ListMarkerEnd(code, pos, end);
        if (marker > pos)
        {
            writer.Emit(TokenKind.Punctuation, pos, marker);
            pos = marker;
        }

        Inline(code, pos, end, ref writer);
    }

    private static bool IsThematicBreak(ReadOnlySpan<char> line, char c)
    {
        var count = 0;
        foreach (var ch in line)
        {
            if (ch == c)
            {
                count++;
            }
            else if (!Scan.IsSpace(ch))
            {
                return false;
            }
        }

        return count >= 3;
    }

    private static int ListMarkerEnd(ReadOnlySpan<char> code, int pos, int end)
    {
        var i = pos;
        if (i < end && code[i] is '-' or '*' or '+')
        {
            i++;
        }
        else
        {
            while (i < end && char.IsAsciiDigit(code[i]) && i - pos < 9)
            {
                i++;
            }

            if (i == pos || i >= end || code[i] is not ('.' or ')'))
            {
                return pos;
            }

            i++;
        }

        return i < end && code[i] == ' ' ? i : pos;
    }

    private static void Inline(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        while (pos < end)
        {
            var c = code[pos];
            if (c == '\\' && pos + 1 < end)
            {
                writer.Emit(TokenKind.StringEscape, pos, pos + 2);
                pos += 2;
            }
            else if (c == '`')
            {
                var run = QuotedString.QuoteRun(code, pos, end, '`');
                var close = code[(pos + run)..end].IndexOf(code.Slice(pos, run));
                var spanEnd = close < 0 ? pos + run : pos + run + close + run;
                writer.Emit(close < 0 ? TokenKind.Text : TokenKind.String, pos, spanEnd);
                pos = spanEnd;
            }
            else if (c is '*' or '_' && (c == '*' || pos == 0 || !Scan.IsIdentPart(code[pos - 1])))
            {
                var run = System.Math.Min(QuotedString.QuoteRun(code, pos, end, c), 2);
                var close = pos + run < end && !char.IsWhiteSpace(code[pos + run]) ? code[(pos + run)..end].IndexOf(code.Slice(pos, run)) : -1;
                if (close > 0)
                {
                    var spanEnd = pos + run + close + run;
                    writer.Emit(run == 2 ? TokenKind.Strong : TokenKind.Emphasis, pos, spanEnd);
                    pos = spanEnd;
                }
                else
                {
                    pos += run;
                }
            }
            else if (c == '[' || (c == '!' && pos + 1 < end && code[pos + 1] == '['))
            {
                pos = Link(code, pos, end, ref writer);
            }
            else
            {
                pos++;
            }
        }
    }

    private static int Link(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        var open = code[pos] == '!' ? pos + 1 : pos;
        var close = Scan.ClosingBracket(code, open, end, '[', ']', ref writer);
        if (close < 0 || close + 1 >= end || code[close + 1] is not ('(' or '['))
        {
            return open + 1;
        }

        var closing = code[close + 1] == '(' ? ')' : ']';
        var targetClose = code[(close + 2)..end].IndexOf(closing);
        if (targetClose < 0)
        {
            return open + 1;
        }

        var targetEnd = close + 2 + targetClose;
        writer.Emit(TokenKind.Punctuation, pos, open + 1);
        writer.Emit(TokenKind.String, open + 1, close);
        writer.Emit(TokenKind.Punctuation, close, close + 2);
        writer.Emit(TokenKind.Attribute, close + 2, targetEnd);
        writer.Emit(TokenKind.Punctuation, targetEnd, targetEnd + 1);
        return targetEnd + 1;
    }
}
