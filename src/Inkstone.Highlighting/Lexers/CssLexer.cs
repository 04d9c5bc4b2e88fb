namespace Inkstone.Highlighting.Lexers;

/// <summary>
/// CSS, SCSS and Less: selectors, properties, values with units, colours, at-rules; in SCSS and Less also <c>//</c>
/// comments and variables (<c>$pad</c>, <c>@pad</c>).
/// </summary>
internal sealed class CssLexer(CssDialect dialect = CssDialect.Css) : Lexer
{
    private static readonly StringRule DoubleQuoted = new('"');
    private static readonly StringRule SingleQuoted = new('\'');

    /// <summary>Less's at-rules; any other <c>@name</c> in Less is a variable.</summary>
    private static readonly WordSet LessAtRules = new(
        "media import charset namespace supports document page font-face keyframes -webkit-keyframes viewport counter-style " +
        "font-feature-values layer container property plugin scope starting-style");

    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var pos = start;
        var depth = 0;
        var inValue = false;
        while (pos < end)
        {
            var c = code[pos];
            var next = pos + 1 < end ? code[pos + 1] : '\0';
            if (char.IsWhiteSpace(c))
            {
                pos++;
            }
            else if (c == '/' && next == '*')
            {
                var close = code[(pos + 2)..end].IndexOf("*/");
                var commentEnd = close < 0 ? end : pos + close + 4;
                writer.Emit(TokenKind.Comment, pos, commentEnd);
                pos = commentEnd;
            }
            else if (c == '/' && next == '/' && dialect != CssDialect.Css)
            {
                var lineEnd = Scan.LineEnd(code, pos, end);
                writer.Emit(TokenKind.Comment, pos, lineEnd);
                pos = lineEnd;
            }
            else if (c is '"' or '\'')
            {
                pos = QuotedString.Lex(this, code, pos, pos + 1, end, c == '"' ? DoubleQuoted : SingleQuoted, TokenKind.String, ref writer);
            }
            else if (VariableEnd(code, pos, end) is var variableEnd and > 0)
            {
                writer.Emit(TokenKind.Variable, pos, variableEnd);
                pos = variableEnd;
                var colon = Scan.SpacesEnd(code, pos, end);
                if (!inValue && colon < end && code[colon] == ':')
                {
                    writer.Emit(TokenKind.Punctuation, colon, colon + 1);
                    pos = colon + 1;
                    inValue = true;
                }
            }
            else if (c == '@' && Scan.IsIdentStart(next))
            {
                var nameEnd = NameEnd(code, pos + 1, end);
                writer.Emit(TokenKind.Keyword, pos, nameEnd);
                pos = nameEnd;

                // An at-rule's prelude (a media query, an import URL) reads like a value.
                inValue = true;
            }
            else if (inValue)
            {
                pos = Value(code, pos, end, ref inValue, ref depth, ref writer);
            }
            else if (c is '{' or '}' or ';' or ',' or '(' or ')' or '[' or ']')
            {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                writer.Emit(TokenKind.Punctuation, pos, pos + 1);
                pos++;
            }
            else if (depth > 0 && IsDeclaration(code, pos, end))
            {
                var nameEnd = NameEnd(code, pos, end);
                writer.Emit(c == '-' && next == '-' ? TokenKind.Variable : TokenKind.Property, pos, nameEnd);
                pos = nameEnd;
                var colon = Scan.SpacesEnd(code, pos, end);
                if (colon < end && code[colon] == ':')
                {
                    writer.Emit(TokenKind.Punctuation, colon, colon + 1);
                    pos = colon + 1;
                    inValue = true;
                }
            }
            else
            {
                pos = Selector(code, pos, end, ref writer);
            }
        }
    }

    /// <summary>Inside a block, <c>name:</c> followed by <c>;</c> or <c>}</c> before any <c>{</c> is a declaration, not a nested selector.</summary>
    private static bool IsDeclaration(ReadOnlySpan<char> code, int pos, int end)
    {
        if (!(Scan.IsIdentStart(code[pos]) || code[pos] == '-'))
        {
            return false;
        }

        var nameEnd = NameEnd(code, pos, end);
        var colon = Scan.SpacesEnd(code, nameEnd, end);
        if (colon >= end || code[colon] != ':')
        {
            return false;
        }

        var stop = code[colon..end].IndexOfAny(";{}");
        return stop < 0 || code[colon + stop] != '{';
    }

    private static int Selector(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        var c = code[pos];
        if (c is '.' or '#' && pos + 1 < end && (Scan.IsIdentStart(code[pos + 1]) || code[pos + 1] == '-'))
        {
            // .class and #id as attributes, with the pseudo-classes: VS Code colours them as the tag selectors, not as types.
            var nameEnd = NameEnd(code, pos + 1, end);
            writer.Emit(TokenKind.Attribute, pos, nameEnd);
            return nameEnd;
        }

        if (c == ':')
        {
            var nameEnd = NameEnd(code, c == ':' && pos + 1 < end && code[pos + 1] == ':' ? pos + 2 : pos + 1, end);
            writer.Emit(TokenKind.Attribute, pos, nameEnd);
            return System.Math.Max(nameEnd, pos + 1);
        }

        if (Scan.IsIdentStart(c) || c == '*')
        {
            var nameEnd = System.Math.Max(NameEnd(code, pos, end), pos + 1);
            writer.Emit(pos > 0 && code[pos - 1] == '[' ? TokenKind.Attribute : TokenKind.Tag, pos, nameEnd);
            return nameEnd;
        }

        if (c is '>' or '+' or '~' or '=' or '&')
        {
            writer.Emit(TokenKind.Operator, pos, pos + 1);
        }

        return pos + 1;
    }

    private int Value(ReadOnlySpan<char> code, int pos, int end, ref bool inValue, ref int depth, ref TokenWriter writer)
    {
        var c = code[pos];
        var next = pos + 1 < end ? code[pos + 1] : '\0';
        if (c is ';' or '}' or '{')
        {
            inValue = false;
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            writer.Emit(TokenKind.Punctuation, pos, pos + 1);
            return pos + 1;
        }

        if (char.IsAsciiDigit(c) || (c is '.' or '-' or '+' && (char.IsAsciiDigit(next) || (next == '.' && c != '.'))))
        {
            var numberEnd = Scan.NumberEnd(code, c is '-' or '+' ? pos + 1 : pos, end);
            while (numberEnd < end && (char.IsAsciiLetter(code[numberEnd]) || code[numberEnd] == '%'))
            {
                numberEnd++;
            }

            writer.Emit(TokenKind.Number, pos, numberEnd);
            return numberEnd;
        }

        if (c == '#' && char.IsAsciiHexDigit(next))
        {
            var colorEnd = Scan.IdentifierEnd(code, pos + 1, end);
            writer.Emit(TokenKind.Number, pos, colorEnd);
            return colorEnd;
        }

        if (Scan.IsIdentStart(c) || (c == '-' && (Scan.IsIdentStart(next) || next == '-')))
        {
            var nameEnd = NameEnd(code, pos, end);
            var word = code[pos..nameEnd];
            if (word.Equals("url", StringComparison.OrdinalIgnoreCase) && nameEnd + 1 < end && code[nameEnd] == '(' && code[nameEnd + 1] is not ('"' or '\''))
            {
                // An unquoted URL is one string, dots and slashes included.
                var close = code[nameEnd..Scan.NearLineEnd(code, nameEnd, end)].IndexOf(')');
                if (close > 0)
                {
                    writer.Emit(TokenKind.Function, pos, nameEnd);
                    writer.Emit(TokenKind.Punctuation, nameEnd, nameEnd + 1);
                    writer.Emit(TokenKind.String, nameEnd + 1, nameEnd + close);
                    return nameEnd + close;
                }
            }

            var kind = nameEnd < end && code[nameEnd] == '(' ? TokenKind.Function
                : word.StartsWith("--") ? TokenKind.Variable
                : TokenKind.Constant;
            writer.Emit(kind, pos, nameEnd);
            return nameEnd;
        }

        if (c == '!')
        {
            var nameEnd = NameEnd(code, pos + 1, end);
            writer.Emit(TokenKind.Keyword, pos, nameEnd);
            return System.Math.Max(nameEnd, pos + 1);
        }

        if (c is ',' or '(' or ')' or '/')
        {
            writer.Emit(TokenKind.Punctuation, pos, pos + 1);
        }
        else if (c is '*' or '+' or '-')
        {
            writer.Emit(TokenKind.Operator, pos, pos + 1);
        }

        return pos + 1;
    }

    /// <summary>Where the SCSS (<c>$pad</c>) or Less (<c>@pad</c>) variable at <paramref name="pos"/> ends; 0 when none starts there.</summary>
    private int VariableEnd(ReadOnlySpan<char> code, int pos, int end)
    {
        var sigil = dialect switch
        {
            CssDialect.Scss => '$',
            CssDialect.Less => '@',
            _ => '\0',
        };
        if (sigil == '\0' || code[pos] != sigil || pos + 1 >= end || !(Scan.IsIdentStart(code[pos + 1]) || code[pos + 1] == '-'))
        {
            return 0;
        }

        var nameEnd = NameEnd(code, pos + 1, end);
        return dialect == CssDialect.Less && LessAtRules.Contains(code[(pos + 1)..nameEnd]) ? 0 : nameEnd;
    }

    private static int NameEnd(ReadOnlySpan<char> code, int pos, int end)
    {
        while (pos < end && (Scan.IsIdentPart(code[pos]) || code[pos] == '-'))
        {
            pos++;
        }

        return pos;
    }
}

/// <summary>The stylesheet languages <see cref="CssLexer"/> reads.</summary>
internal enum CssDialect
{
    Css,
    Scss,
    Less,
}
