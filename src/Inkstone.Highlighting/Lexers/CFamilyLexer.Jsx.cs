namespace Inkstone.Highlighting.Lexers;

/// <summary>JSX: elements written inside JavaScript (and TSX), with their tags, attributes, text and <c>{expressions}</c>.</summary>
internal sealed partial class CFamilyLexer
{
    /// <summary>
    /// Lexes the JSX element starting at the <c>&lt;</c> at <paramref name="pos"/>, up to the end of its closing tag;
    /// returns <paramref name="pos"/> when no element starts there (<c>a &lt; b</c>). An element left open ends the block.
    /// </summary>
    private int JsxElement(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        var after = pos + 1 < end ? code[pos + 1] : '\0';
        if (!(char.IsAsciiLetter(after) || after is '>' or '_'))
        {
            return pos;
        }

        var depth = 0;
        var i = pos;
        while (i < end)
        {
            var c = code[i];
            if (c == '<')
            {
                var closing = i + 1 < end && code[i + 1] == '/';
                i = JsxTag(code, i, end, closing, out var selfClosing, ref writer);
                depth += selfClosing ? 0 : closing ? -1 : 1;
                if (depth <= 0)
                {
                    return i;
                }
            }
            else if (c == '{')
            {
                i = JsxExpression(code, i, end, ref writer);
            }
            else
            {
                // Text between tags is the element's content, shown plain.
                var text = code[i..end].IndexOfAny('<', '{');
                i = text < 0 ? end : i + text;
            }
        }

        return end;
    }

    /// <summary>One tag, <c>&lt;Name attr="x" on={f}&gt;</c>, <c>&lt;/Name&gt;</c>, <c>&lt;Name /&gt;</c> or a fragment's <c>&lt;&gt;</c>.</summary>
    private int JsxTag(ReadOnlySpan<char> code, int pos, int end, bool closing, out bool selfClosing, ref TokenWriter writer)
    {
        selfClosing = false;
        var i = pos + (closing ? 2 : 1);
        writer.Emit(TokenKind.Punctuation, pos, i);
        var nameEnd = JsxNameEnd(code, i, end);
        if (nameEnd > i)
        {
            writer.Emit(TokenKind.Tag, i, nameEnd);
        }

        i = nameEnd;
        while (i < end)
        {
            var c = code[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && i + 1 < end && code[i + 1] == '>')
            {
                selfClosing = true;
                writer.Emit(TokenKind.Punctuation, i, i + 2);
                return i + 2;
            }
            else if (c == '>')
            {
                writer.Emit(TokenKind.Punctuation, i, i + 1);
                return i + 1;
            }
            else if (c == '{')
            {
                i = JsxExpression(code, i, end, ref writer);
            }
            else if (c is '"' or '\'')
            {
                // Attribute strings in JSX take no escapes.
                var close = code[(i + 1)..end].IndexOf(c);
                var stringEnd = close < 0 ? end : i + close + 2;
                writer.Emit(TokenKind.String, i, stringEnd);
                i = stringEnd;
            }
            else if (Scan.IsIdentStart(c))
            {
                var attributeEnd = JsxNameEnd(code, i, end);
                writer.Emit(TokenKind.Attribute, i, attributeEnd);
                i = attributeEnd;
            }
            else
            {
                writer.Emit(c == '=' ? TokenKind.Operator : TokenKind.Text, i, i + 1);
                i++;
            }
        }

        return end;
    }

    /// <summary>A <c>{...}</c> in JSX, its inside lexed as the host language; its braces marked as a template's <c>${</c> is, as VS Code colours both.</summary>
    private int JsxExpression(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        var close = Scan.ClosingBracket(code, pos, end, '{', '}', ref writer);
        if (close < 0)
        {
            writer.Emit(TokenKind.Punctuation, pos, pos + 1);
            return pos + 1;
        }

        writer.Emit(TokenKind.Interpolation, pos, pos + 1);
        LexNested(this, code, pos + 1, close, ref writer, TokenKind.Text);
        writer.Emit(TokenKind.Interpolation, close, close + 1);
        return close + 1;
    }

    /// <summary>A tag or attribute name: <c>div</c>, <c>Foo.Bar</c>, <c>aria-label</c>, <c>xlink:href</c>.</summary>
    private static int JsxNameEnd(ReadOnlySpan<char> code, int pos, int end)
    {
        while (pos < end && (Scan.IsIdentPart(code[pos]) || code[pos] is '-' or '.' or ':'))
        {
            pos++;
        }

        return pos;
    }
}
