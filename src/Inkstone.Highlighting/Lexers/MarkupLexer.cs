namespace Inkstone.Highlighting.Lexers;

/// <summary>HTML, XML and SVG: tags, attributes, entities, comments; <c>&lt;script&gt;</c> and <c>&lt;style&gt;</c> bodies are lexed as JavaScript and CSS.</summary>
internal sealed class MarkupLexer(Lexer? script, Lexer? style) : Lexer
{
    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var pos = start;
        while (pos < end)
        {
            var c = code[pos];
            if (c == '&')
            {
                var semicolon = code[pos..System.Math.Min(end, pos + 12)].IndexOf(';');
                if (semicolon > 1)
                {
                    writer.Emit(TokenKind.StringEscape, pos, pos + semicolon + 1);
                    pos += semicolon + 1;
                    continue;
                }
            }
            else if (c == '<' && pos + 1 < end)
            {
                var rest = code[pos..end];
                if (rest.StartsWith("<!--"))
                {
                    pos = Until(code, pos, end, "-->", TokenKind.Comment, ref writer);
                    continue;
                }

                if (rest.StartsWith("<![CDATA["))
                {
                    pos = Until(code, pos, end, "]]>", TokenKind.String, ref writer);
                    continue;
                }

                if (rest[1] is '!' or '?')
                {
                    pos = Until(code, pos, end, ">", TokenKind.Meta, ref writer);
                    continue;
                }

                if (Scan.IsIdentStart(rest[1]) || (rest[1] == '/' && rest.Length > 2 && Scan.IsIdentStart(rest[2])))
                {
                    pos = Tag(code, pos, end, ref writer);
                    continue;
                }
            }

            pos++;
        }
    }

    private static int Until(ReadOnlySpan<char> code, int pos, int end, string terminator, TokenKind kind, ref TokenWriter writer)
    {
        var close = code[pos..end].IndexOf(terminator);
        var tokenEnd = close < 0 ? end : pos + close + terminator.Length;
        writer.Emit(kind, pos, tokenEnd);
        return tokenEnd;
    }

    private int Tag(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        var closing = code[pos + 1] == '/';
        var nameStart = closing ? pos + 2 : pos + 1;
        var nameEnd = NameEnd(code, nameStart, end);
        writer.Emit(TokenKind.Punctuation, pos, nameStart);
        writer.Emit(TokenKind.Tag, nameStart, nameEnd);
        var i = nameEnd;
        while (i < end)
        {
            var c = code[i];
            if (c == '>' || (c == '/' && i + 1 < end && code[i + 1] == '>'))
            {
                var tagEnd = c == '>' ? i + 1 : i + 2;
                writer.Emit(TokenKind.Punctuation, i, tagEnd);
                return closing || c == '/' ? tagEnd : Body(code, code[nameStart..nameEnd], tagEnd, end, ref writer);
            }

            if (c == '<')
            {
                return i;
            }

            if (Scan.IsIdentStart(c) || c is ':' or '@')
            {
                var attributeEnd = NameEnd(code, i, end);
                writer.Emit(TokenKind.Attribute, i, attributeEnd);
                i = attributeEnd;
            }
            else if (c is '"' or '\'')
            {
                var close = code[(i + 1)..end].IndexOf(c);
                var valueEnd = close < 0 ? end : i + close + 2;
                writer.Emit(TokenKind.String, i, valueEnd);
                i = valueEnd;
            }
            else if (c == '=')
            {
                writer.Emit(TokenKind.Punctuation, i, i + 1);
                i = UnquotedValue(code, Scan.SpacesEnd(code, i + 1, end), end, ref writer);
            }
            else
            {
                i++;
            }
        }

        return end;
    }

    /// <summary>After an opening tag: a script or style body is handed to the embedded lexer up to its closing tag.</summary>
    private int Body(ReadOnlySpan<char> code, ReadOnlySpan<char> tagName, int pos, int end, ref TokenWriter writer)
    {
        var embedded = tagName.Equals("script", StringComparison.OrdinalIgnoreCase) ? script
            : tagName.Equals("style", StringComparison.OrdinalIgnoreCase) ? style
            : null;
        if (embedded is null)
        {
            return pos;
        }

        var close = code[pos..end].IndexOf(tagName.Equals("script", StringComparison.OrdinalIgnoreCase) ? "</script" : "</style", StringComparison.OrdinalIgnoreCase);
        var bodyEnd = close < 0 ? end : pos + close;
        LexNested(embedded, code, pos, bodyEnd, ref writer, TokenKind.Text);
        writer.Emit(TokenKind.Text, writer.Position, bodyEnd);
        return bodyEnd;
    }

    /// <summary>An attribute value without quotes (<c>class=note</c>) runs to whitespace or the end of the tag.</summary>
    private static int UnquotedValue(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        var valueEnd = pos;
        while (valueEnd < end && !char.IsWhiteSpace(code[valueEnd]) && code[valueEnd] is not ('>' or '"' or '\'' or '<'))
        {
            valueEnd++;
        }

        if (valueEnd > pos && code[valueEnd - 1] == '/' && valueEnd < end && code[valueEnd] == '>')
        {
            valueEnd--;
        }

        writer.Emit(TokenKind.String, pos, valueEnd);
        return valueEnd;
    }

    private static int NameEnd(ReadOnlySpan<char> code, int pos, int end)
    {
        while (pos < end && (Scan.IsIdentPart(code[pos]) || code[pos] is '-' or ':' or '.' or '@'))
        {
            pos++;
        }

        return pos;
    }
}
