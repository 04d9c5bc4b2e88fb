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
            if (c == '&' && EntityEnd(code, pos, end) is var entityEnd and > 0)
            {
                writer.Emit(TokenKind.Constant, pos, entityEnd);
                pos = entityEnd;
                continue;
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

                if (rest[1] is '!' or '?' && rest.Length > 2 && Scan.IsIdentStart(rest[2]))
                {
                    pos = Tag(code, pos, end, ref writer);
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
        // </name>, and <!DOCTYPE html> or <?xml version="1.0"?>, which VS Code colours as tags too, have no body.
        var closing = code[pos + 1] is '/' or '!' or '?';
        var nameStart = closing ? pos + 2 : pos + 1;
        var nameEnd = NameEnd(code, nameStart, end);
        writer.Emit(TokenKind.Punctuation, pos, nameStart);
        writer.Emit(TokenKind.Tag, nameStart, nameEnd);
        var i = nameEnd;
        var eventHandler = false;
        while (i < end)
        {
            var c = code[i];
            if (c == '>' || (c is '/' or '?' && i + 1 < end && code[i + 1] == '>'))
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
                eventHandler = script is not null && attributeEnd - i > 2 && code[i..attributeEnd].StartsWith("on", StringComparison.OrdinalIgnoreCase);
                i = attributeEnd;
            }
            else if (c is '"' or '\'')
            {
                var close = code[(i + 1)..end].IndexOf(c);
                var valueEnd = close < 0 ? end : i + close + 2;
                Value(code, i, valueEnd, close >= 0, eventHandler, ref writer);
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

    /// <summary>A quoted attribute value: a string with its entities marked, or for an <c>on...</c> event handler, JavaScript in quotes as VS Code shows it.</summary>
    private void Value(ReadOnlySpan<char> code, int pos, int valueEnd, bool closed, bool eventHandler, ref TokenWriter writer)
    {
        var innerEnd = closed ? valueEnd - 1 : valueEnd;
        writer.Emit(TokenKind.String, pos, pos + 1);
        if (eventHandler)
        {
            LexNested(script!, code, pos + 1, innerEnd, ref writer, TokenKind.Text);
        }
        else
        {
            var from = pos + 1;
            for (var i = from; i < innerEnd; i++)
            {
                if (code[i] == '&' && EntityEnd(code, i, innerEnd) is var entityEnd and > 0)
                {
                    writer.Emit(TokenKind.String, from, i);
                    writer.Emit(TokenKind.Constant, i, entityEnd);
                    from = entityEnd;
                    i = entityEnd - 1;
                }
            }

            writer.Emit(TokenKind.String, from, innerEnd);
        }

        writer.Emit(TokenKind.String, innerEnd, valueEnd);
    }

    /// <summary>The end of the entity (<c>&amp;amp;</c>, <c>&amp;#x1D40;</c>) at <paramref name="pos"/>, or 0.</summary>
    private static int EntityEnd(ReadOnlySpan<char> code, int pos, int end)
    {
        var semicolon = code[pos..System.Math.Min(end, pos + 12)].IndexOf(';');
        return semicolon > 1 ? pos + semicolon + 1 : 0;
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
