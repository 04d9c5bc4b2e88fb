namespace Inkstone.Highlighting.Lexers;

/// <summary>TOML: table headers, keys, the four string forms, numbers and dates, inline tables and arrays.</summary>
internal sealed class TomlLexer : Lexer
{
    private static readonly StringRule Basic = new('"');
    private static readonly StringRule Literal = new('\'', Escape: '\0');
    private static readonly StringRule MultiBasic = new('"', 3, Multiline: true);
    private static readonly StringRule MultiLiteral = new('\'', 3, '\0', Multiline: true);

    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var pos = start;
        var arrayDepth = 0;
        var inlineDepth = 0;
        var expectKey = true;
        while (pos < end)
        {
            var c = code[pos];
            if (Scan.IsLineBreak(c))
            {
                expectKey = arrayDepth == 0;
                pos++;
                continue;
            }

            if (Scan.IsSpace(c))
            {
                pos++;
                continue;
            }

            if (c == '#')
            {
                var lineEnd = Scan.LineEnd(code, pos, end);
                writer.Emit(TokenKind.Comment, pos, lineEnd);
                pos = lineEnd;
            }
            else if (c == '[' && expectKey && inlineDepth == 0)
            {
                var lineEnd = Scan.LineEnd(code, pos, end);
                var close = code[pos..lineEnd].LastIndexOf(']');
                var headerEnd = close < 0 ? lineEnd : pos + close + 1;
                TableHeader(code, pos, headerEnd, ref writer);
                pos = headerEnd;
            }
            else if (c is '"' or '\'')
            {
                var triple = QuotedString.QuoteRun(code, pos, end, c) >= 3;
                var rule = c == '"' ? (triple ? MultiBasic : Basic) : (triple ? MultiLiteral : Literal);
                pos = QuotedString.Lex(this, code, pos, pos + rule.QuoteCount, end, rule, expectKey ? TokenKind.Property : TokenKind.String, ref writer);
            }
            else if (expectKey && (Scan.IsIdentPart(c) || c == '-'))
            {
                var keyEnd = pos;
                while (keyEnd < end && (Scan.IsIdentPart(code[keyEnd]) || code[keyEnd] == '-'))
                {
                    keyEnd++;
                }

                writer.Emit(TokenKind.Property, pos, keyEnd);
                pos = keyEnd;
            }
            else if (char.IsAsciiDigit(c) || (c is '+' or '-' && pos + 1 < end && (char.IsAsciiDigit(code[pos + 1]) || code[pos + 1] is 'i' or 'n')))
            {
                pos = Number(code, pos, end, ref writer);
            }
            else if (Scan.IsIdentStart(c))
            {
                var wordEnd = Scan.IdentifierEnd(code, pos, end);
                var word = code[pos..wordEnd];
                writer.Emit(word is "true" or "false" ? TokenKind.Constant : word is "inf" or "nan" ? TokenKind.Number : TokenKind.Text, pos, wordEnd);
                pos = wordEnd;
            }
            else
            {
                switch (c)
                {
                    case '=':
                        writer.Emit(TokenKind.Operator, pos, pos + 1);
                        expectKey = false;
                        break;
                    case '[':
                        arrayDepth++;
                        break;
                    case ']':
                        arrayDepth = System.Math.Max(0, arrayDepth - 1);
                        break;
                    case '{':
                        inlineDepth++;
                        expectKey = true;
                        break;
                    case '}':
                        inlineDepth = System.Math.Max(0, inlineDepth - 1);
                        break;
                    case ',':
                        expectKey = inlineDepth > 0 && arrayDepth == 0;
                        break;
                }

                if (c is '[' or ']' or '{' or '}' or ',' or '.')
                {
                    writer.Emit(TokenKind.Punctuation, pos, pos + 1);
                }

                pos++;
            }
        }
    }

    /// <summary>Numbers, and dates or times such as <c>1979-05-27T07:32:00Z</c>, as one token.</summary>
    private static int Number(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        var i = pos;
        if (code[i] is '+' or '-')
        {
            i++;
        }

        var numberEnd = Scan.NumberEnd(code, i, end);
        while (numberEnd < end && (char.IsAsciiDigit(code[numberEnd]) || code[numberEnd] is '-' or ':' or 'T' or 'Z' or '.' or '+'))
        {
            numberEnd++;
        }

        writer.Emit(TokenKind.Number, pos, numberEnd);
        return numberEnd;
    }

    /// <summary><c>[table.name]</c> or <c>[[array]]</c>: the brackets as punctuation and the dots plain around the heading's names, as VS Code shows them.</summary>
    private static void TableHeader(ReadOnlySpan<char> code, int pos, int headerEnd, ref TokenWriter writer)
    {
        var from = pos;
        for (var i = pos; i < headerEnd; i++)
        {
            var c = code[i];
            if (c is '"' or '\'')
            {
                var close = code[(i + 1)..headerEnd].IndexOf(c);
                i = close < 0 ? headerEnd - 1 : i + close + 1;
                continue;
            }

            if (c is '[' or ']' or '.' || char.IsWhiteSpace(c))
            {
                writer.Emit(TokenKind.Heading, from, i);
                writer.Emit(c is '.' || char.IsWhiteSpace(c) ? TokenKind.Text : TokenKind.Punctuation, i, i + 1);
                from = i + 1;
            }
        }

        writer.Emit(TokenKind.Heading, from, headerEnd);
    }
}
