namespace Inkstone.Highlighting.Lexers;

/// <summary>Python: string prefixes and f-strings, docstrings, decorators, <c>def</c>/<c>class</c> names.</summary>
internal sealed class PythonLexer : Lexer
{
    private static readonly WordSet Keywords = new(
        "and as assert async await break class continue def del elif else except finally for from global if import in is " +
        "lambda nonlocal not or pass raise return try while with yield match case");

    private static readonly WordSet Constants = new("True False None NotImplemented Ellipsis __debug__");

    private static readonly WordSet Builtins = new(
        "abs all any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex delattr dict dir " +
        "divmod enumerate eval exec filter float format frozenset getattr globals hasattr hash help hex id input int " +
        "isinstance issubclass iter len list locals map max memoryview min next object oct open ord pow print property " +
        "range repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip __import__ " +
        "self cls Exception BaseException ValueError TypeError KeyError IndexError RuntimeError StopIteration " +
        "NotImplementedError AttributeError OSError ImportError ZeroDivisionError AssertionError");

    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var pos = start;
        var expect = TokenKind.Text;
        while (pos < end)
        {
            var c = code[pos];
            if (c <= ' ')
            {
                pos++;
                continue;
            }

            if (Scan.IsIdentStart(c))
            {
                var wordEnd = Scan.IdentifierEnd(code, pos, end);
                if (wordEnd < end && code[wordEnd] is '"' or '\'' && IsStringPrefix(code[pos..wordEnd]))
                {
                    pos = String(code, start, pos, wordEnd, end, ref writer);
                    expect = TokenKind.Text;
                    continue;
                }

                expect = Word(code, pos, wordEnd, end, expect, ref writer);
                pos = wordEnd;
                continue;
            }

            expect = TokenKind.Text;
            var next = pos + 1 < end ? code[pos + 1] : '\0';
            if (c == '#')
            {
                var lineEnd = Scan.LineEnd(code, pos, end);
                writer.Emit(TokenKind.Comment, pos, lineEnd); // a shebang too: VS Code shows it as a comment
                pos = lineEnd;
            }
            else if (c is '"' or '\'')
            {
                pos = String(code, start, pos, pos, end, ref writer);
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(next) && (pos == start || !(Scan.IsIdentPart(code[pos - 1]) || code[pos - 1] == '.'))))
            {
                var numberEnd = Scan.NumberEnd(code, pos, end);
                writer.Emit(TokenKind.Number, pos, numberEnd);
                pos = numberEnd;
            }
            else if (c == '@' && Scan.IsIdentStart(next) && Scan.IsFirstOnLine(code, start, pos))
            {
                var nameEnd = pos + 1;
                while (nameEnd < end && (Scan.IsIdentPart(code[nameEnd]) || (code[nameEnd] == '.' && nameEnd + 1 < end && Scan.IsIdentStart(code[nameEnd + 1]))))
                {
                    nameEnd++;
                }

                writer.Emit(TokenKind.Decorator, pos, nameEnd);
                pos = nameEnd;
            }
            else
            {
                if (c is '+' or '-' or '*' or '/' or '%' or '=' or '<' or '>' or '!' or '&' or '|' or '^' or '~' or '@')
                {
                    writer.Emit(TokenKind.Operator, pos, pos + 1);
                }
                else if (c is '(' or ')' or '[' or ']' or '{' or '}' or ',' or ';' or '.' or ':')
                {
                    writer.Emit(c == ':' && next == '=' ? TokenKind.Operator : TokenKind.Punctuation, pos, pos + 1);
                }

                pos++;
            }
        }
    }

    private static TokenKind Word(ReadOnlySpan<char> code, int pos, int wordEnd, int end, TokenKind expect, ref TokenWriter writer)
    {
        var word = code[pos..wordEnd];
        if (Keywords.Contains(word))
        {
            writer.Emit(TokenKind.Keyword, pos, wordEnd);
            return word is "def" ? TokenKind.Function : word is "class" ? TokenKind.ClassName : TokenKind.Text;
        }

        TokenKind kind;
        if (expect != TokenKind.Text)
        {
            kind = expect;
        }
        else if (Constants.Contains(word))
        {
            kind = TokenKind.Constant;
        }
        else if (Builtins.Contains(word) && (pos == 0 || code[pos - 1] != '.'))
        {
            kind = TokenKind.Builtin;
        }
        else
        {
            var after = Scan.SpacesEnd(code, wordEnd, end);
            if (after >= end || code[after] != '(')
            {
                return TokenKind.Text;
            }

            kind = TokenKind.Function;
        }

        writer.Emit(kind, pos, wordEnd);
        return TokenKind.Text;
    }

    private static bool IsStringPrefix(ReadOnlySpan<char> word)
    {
        if (word.Length > 2)
        {
            return false;
        }

        foreach (var ch in word)
        {
            if ((ch | 0x20) is not ('r' or 'b' or 'u' or 'f' or 't'))
            {
                return false;
            }
        }

        return true;
    }

    private int String(ReadOnlySpan<char> code, int start, int pos, int quote, int end, ref TokenWriter writer)
    {
        var prefix = code[pos..quote];
        var raw = prefix.ContainsAny('r', 'R');
        var formatted = prefix.ContainsAny('f', 'F') || prefix.ContainsAny('t', 'T');
        var q = code[quote];
        var triple = QuotedString.QuoteRun(code, quote, end, q) >= 3;
        var rule = new StringRule(q, triple ? 3 : 1, raw ? '\0' : '\\', Multiline: triple, HoleBraces: formatted ? 1 : 0, RawBackslash: raw);

        // A triple-quoted string that opens its line is an expression statement: a docstring, not data.
        var kind = triple && !formatted && !prefix.ContainsAny('b', 'B') && Scan.IsFirstOnLine(code, start, pos) ? TokenKind.Docstring : TokenKind.String;
        return QuotedString.Lex(this, code, pos, quote + rule.QuoteCount, end, rule, kind, ref writer);
    }
}
