namespace Inkstone.Highlighting.Lexers;

/// <summary>YAML, line by line: keys, list markers, scalars (plain ones as strings), anchors, tags and block scalars.</summary>
internal sealed class YamlLexer : Lexer
{
    private static readonly StringRule DoubleQuoted = new('"');
    private static readonly StringRule SingleQuoted = new('\'', Escape: '\0', DoubledQuote: true);

    private static readonly WordSet Constants = new("true false yes no on off null True False TRUE FALSE Null NULL ~");

    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var pos = start;
        var blockIndent = -1;
        while (pos < end)
        {
            var lineEnd = Scan.LineEnd(code, pos, end);
            var contentStart = Scan.SpacesEnd(code, pos, lineEnd);
            var indent = contentStart - pos;
            if (blockIndent >= 0 && (contentStart == lineEnd || indent > blockIndent))
            {
                writer.Emit(TokenKind.String, contentStart, lineEnd);
            }
            else
            {
                blockIndent = Line(code, contentStart, lineEnd, indent, ref writer);
            }

            pos = Scan.AfterLineBreak(code, lineEnd, end);
        }
    }

    /// <summary>Lexes one line; returns the indentation that a following block scalar must exceed, or -1.</summary>
    private int Line(ReadOnlySpan<char> code, int pos, int end, int indent, ref TokenWriter writer)
    {
        if (indent == 0 && end - pos >= 3 && (code[pos..(pos + 3)] is "---" or "...") && (end - pos == 3 || code[pos + 3] == ' '))
        {
            writer.Emit(TokenKind.Text, pos, pos + 3); // document markers: plain, as VS Code shows them
            pos += 3;
        }

        while (pos + 1 <= end && code[pos] == '-' && (pos + 1 == end || code[pos + 1] == ' '))
        {
            writer.Emit(TokenKind.Punctuation, pos, pos + 1);
            pos = Scan.SpacesEnd(code, pos + 1, end);
        }

        var keyEnd = KeyEnd(code, pos, end);
        if (keyEnd > pos)
        {
            writer.Emit(code[pos..keyEnd] is "<<" ? TokenKind.Constant : TokenKind.Property, pos, keyEnd); // << merges, a language constant
            writer.Emit(TokenKind.Punctuation, keyEnd, keyEnd + 1);
            pos = keyEnd + 1;
        }

        return Value(code, pos, end, indent, flowDepth: 0, ref writer);
    }

    /// <summary>The index of the colon ending a mapping key at <paramref name="pos"/>, or <paramref name="pos"/> when there is none.</summary>
    private static int KeyEnd(ReadOnlySpan<char> code, int pos, int end)
    {
        if (pos >= end || code[pos] is '#' or '[' or '{' or '&' or '*' or '!' or '|' or '>')
        {
            return pos;
        }

        if (code[pos] is '"' or '\'')
        {
            var close = code[(pos + 1)..end].IndexOf(code[pos]);
            var colon = close < 0 ? -1 : pos + close + 2;
            return colon >= 0 && colon < end && code[colon] == ':' ? colon : pos;
        }

        for (var i = pos; i < end; i++)
        {
            if (code[i] == ':' && (i + 1 == end || code[i + 1] is ' ' or '\t'))
            {
                return i;
            }

            if (code[i] == '#' && i > pos && code[i - 1] == ' ')
            {
                return pos;
            }
        }

        return pos;
    }

    private int Value(ReadOnlySpan<char> code, int pos, int end, int indent, int flowDepth, ref TokenWriter writer)
    {
        while (pos < end)
        {
            var c = code[pos];
            if (Scan.IsSpace(c))
            {
                pos++;
            }
            else if (c == '#')
            {
                writer.Emit(TokenKind.Comment, pos, end);
                return -1;
            }
            else if (c is '"' or '\'')
            {
                pos = QuotedString.Lex(this, code, pos, pos + 1, end, c == '"' ? DoubleQuoted : SingleQuoted, TokenKind.String, ref writer);
            }
            else if (c is '&' or '*' or '!')
            {
                var nameEnd = pos + 1;
                while (nameEnd < end && !char.IsWhiteSpace(code[nameEnd]) && code[nameEnd] is not (',' or ']' or '}'))
                {
                    nameEnd++;
                }

                // &anchor: a keyword and the name it defines (a type's colour); *alias: a keyword and a plain name; !tag as a tag.
                if (c == '!')
                {
                    writer.Emit(TokenKind.Tag, pos, nameEnd);
                }
                else
                {
                    writer.Emit(TokenKind.Keyword, pos, pos + 1);
                    writer.Emit(c == '&' ? TokenKind.ClassName : TokenKind.Text, pos + 1, nameEnd);
                }

                pos = nameEnd;
            }
            else if (c is '|' or '>' && flowDepth == 0)
            {
                var headerEnd = pos + 1;
                while (headerEnd < end && code[headerEnd] is '-' or '+' or (>= '0' and <= '9'))
                {
                    headerEnd++;
                }

                writer.Emit(TokenKind.Keyword, pos, headerEnd); // | and >- control how the block reads: keywords in VS Code
                Value(code, headerEnd, end, indent, flowDepth, ref writer);
                return indent;
            }
            else if (c is '[' or '{' or ']' or '}' or ',')
            {
                writer.Emit(TokenKind.Punctuation, pos, pos + 1);
                flowDepth += c is '[' or '{' ? 1 : c is ']' or '}' ? -1 : 0;
                pos++;
            }
            else if (flowDepth > 0 && KeyEnd(code, pos, end) is var keyEnd && keyEnd > pos && code[pos..keyEnd].IndexOfAny(",[]{}") < 0)
            {
                writer.Emit(TokenKind.Property, pos, keyEnd);
                writer.Emit(TokenKind.Punctuation, keyEnd, keyEnd + 1);
                pos = keyEnd + 1;
            }
            else
            {
                pos = Plain(code, pos, end, flowDepth, ref writer);
            }
        }

        return -1;
    }

    private static int Plain(ReadOnlySpan<char> code, int pos, int end, int flowDepth, ref TokenWriter writer)
    {
        var scalarEnd = pos;
        while (scalarEnd < end)
        {
            var c = code[scalarEnd];
            if ((c == '#' && code[scalarEnd - 1] == ' ') || (flowDepth > 0 && c is ',' or ']' or '}'))
            {
                break;
            }

            scalarEnd++;
        }

        var trimmedEnd = scalarEnd;
        while (trimmedEnd > pos && Scan.IsSpace(code[trimmedEnd - 1]))
        {
            trimmedEnd--;
        }

        var scalar = code[pos..trimmedEnd];
        var kind = Constants.Contains(scalar) ? TokenKind.Constant
            : IsNumber(scalar) ? TokenKind.Number
            : TokenKind.String;
        writer.Emit(kind, pos, trimmedEnd);
        return scalarEnd;
    }

    /// <summary>
    /// A number as YAML's core schema reads one (with YAML 1.1's <c>_</c> separators): digits with an optional
    /// fraction and exponent, <c>0x</c>/<c>0o</c> integers, <c>.inf</c>, <c>.nan</c>. A value that only starts like a
    /// number (a commit <c>409115be4765</c>, a version <c>1.2.3</c>) is a string, as YAML reads it.
    /// </summary>
    private static bool IsNumber(ReadOnlySpan<char> scalar)
    {
        var digits = scalar.Length > 0 && scalar[0] is '-' or '+' ? scalar[1..] : scalar;
        if (digits is ".inf" or ".Inf" or ".INF" or ".nan" or ".NaN" or ".NAN")
        {
            return true;
        }

        if (digits.Length > 2 && digits[0] == '0' && digits[1] is 'x' or 'o')
        {
            var hex = digits[1] == 'x';
            foreach (var c in digits[2..])
            {
                if (!(hex ? char.IsAsciiHexDigit(c) : c is >= '0' and <= '7') && c != '_')
                {
                    return false;
                }
            }

            return true;
        }

        var i = Digits(digits, 0);
        var whole = i;
        if (i < digits.Length && digits[i] == '.')
        {
            i = Digits(digits, i + 1);
        }

        if (i == 0 || (whole == 0 && i == 1))
        {
            return false;
        }

        if (i < digits.Length && (digits[i] | 0x20) == 'e')
        {
            var sign = i + 1 < digits.Length && digits[i + 1] is '-' or '+' ? i + 2 : i + 1;
            var exponent = Digits(digits, sign);
            if (exponent == sign)
            {
                return false;
            }

            i = exponent;
        }

        return i == digits.Length;
    }

    private static int Digits(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == '_' && i > 0 && char.IsAsciiDigit(text[i - 1]))))
        {
            i++;
        }

        return i;
    }
}
