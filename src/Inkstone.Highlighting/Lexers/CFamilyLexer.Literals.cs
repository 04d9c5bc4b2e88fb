namespace Inkstone.Highlighting.Lexers;

/// <summary>Strings, characters, attributes and preprocessor lines: the parts of C-like languages that differ most.</summary>
internal sealed partial class CFamilyLexer
{
    private static readonly StringRule Plain = new('"');
    private static readonly StringRule SingleQuoted = new('\'');
    private static readonly StringRule Template = new('`', Multiline: true, DollarHoles: true);
    private static readonly StringRule TextBlock = new('"', 3, Multiline: true);
    private static readonly StringRule GoRaw = new('`', Escape: '\0', Multiline: true);

    /// <summary>Lexes a literal or attribute starting at <paramref name="pos"/>; returns <paramref name="pos"/> when there is none.</summary>
    private int Special(ReadOnlySpan<char> code, int start, int pos, int end, ref Expectation expect, ref TokenWriter writer)
    {
        var c = code[pos];
        var next = pos + 1 < end ? code[pos + 1] : '\0';
        switch (c)
        {
            case '"':
                if (syntax.CSharpStrings && QuotedString.QuoteRun(code, pos, end, '"') >= 3)
                {
                    return CSharpString(code, pos, end, ref writer);
                }

                if (syntax.TextBlocks && QuotedString.QuoteRun(code, pos, end, '"') >= 3)
                {
                    return QuotedString.Lex(this, code, pos, pos + 3, end, TextBlock, TokenKind.String, ref writer);
                }

                // Rust's strings run over line breaks; the others' end at the line, unterminated.
                return QuotedString.Lex(this, code, pos, pos + 1, end, syntax.RustSyntax ? Plain with { Multiline = true } : Plain, TokenKind.String, ref writer);
            case '\'':
                return syntax.CharLiterals
                    ? CharLiteral(code, pos, end, ref writer)
                    : QuotedString.Lex(this, code, pos, pos + 1, end, SingleQuoted, TokenKind.String, ref writer);
            case '`' when syntax.TemplateLiterals:
                return QuotedString.Lex(this, code, pos, pos + 1, end, Template, TokenKind.String, ref writer);
            case '`' when syntax.BacktickRawStrings:
                return QuotedString.Lex(this, code, pos, pos + 1, end, GoRaw, TokenKind.String, ref writer);
            case '$' or '@' when syntax.CSharpStrings:
                return CSharpString(code, pos, end, ref writer);
            case '@' when syntax.AtAnnotations && Scan.IsIdentStart(next):
                writer.Emit(TokenKind.Decorator, pos, pos + 1);
                expect = Expectation.Decorator;
                return pos + 1;
            case '[' when syntax.BracketAttributes && Scan.IsIdentStart(next) && Scan.IsFirstOnLine(code, start, pos):
                writer.Emit(TokenKind.Punctuation, pos, pos + 1);
                expect = Expectation.Decorator;
                return pos + 1;
            case '#' when syntax.RustSyntax && next is '[' or '!':
                // #[derive(Debug)]: brackets as punctuation, the attribute's name plain, its arguments as code, as VS Code shows them.
                var bracket = next == '[' ? pos + 1 : pos + 2;
                if (bracket >= end || code[bracket] != '[')
                {
                    return pos;
                }

                writer.Emit(TokenKind.Punctuation, pos, bracket + 1);
                expect = Expectation.AttributeArguments;
                return bracket + 1;
            case '#' when syntax.Preprocessor && Scan.IsFirstOnLine(code, start, pos):
                return Directive(code, pos, end, ref writer);
            default:
                return pos;
        }
    }

    private int CSharpString(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        var quote = pos;
        var dollars = 0;
        var verbatim = false;
        while (quote < end && code[quote] is '$' or '@')
        {
            dollars += code[quote] == '$' ? 1 : 0;
            verbatim |= code[quote] == '@';
            quote++;
        }

        if (quote >= end || code[quote] != '"')
        {
            return pos;
        }

        var quotes = QuotedString.QuoteRun(code, quote, end, '"');
        var rule = quotes >= 3
            ? new StringRule('"', quotes, '\0', Multiline: true, HoleBraces: dollars)
            : new StringRule('"', 1, verbatim ? '\0' : '\\', DoubledQuote: verbatim, Multiline: verbatim, HoleBraces: dollars > 0 ? 1 : 0);
        return QuotedString.Lex(this, code, pos, quote + (quotes >= 3 ? quotes : 1), end, rule, TokenKind.String, ref writer);
    }

    private int CharLiteral(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        var limit = Scan.LineEnd(code, pos, System.Math.Min(end, pos + 12));
        var i = pos + 1;
        if (i < limit && code[i] == '\\')
        {
            i = Scan.EscapeEnd(code, i, limit);
        }
        else if (i < limit)
        {
            i += char.IsHighSurrogate(code[i]) ? 2 : 1;
        }

        if (i < limit && code[i] == '\'')
        {
            return QuotedString.Lex(this, code, pos, pos + 1, i + 1, SingleQuoted, TokenKind.String, ref writer);
        }

        if (syntax.RustSyntax && pos + 1 < end && Scan.IsIdentStart(code[pos + 1]))
        {
            var lifetimeEnd = Scan.IdentifierEnd(code, pos + 1, end);
            writer.Emit(TokenKind.Punctuation, pos, pos + 1);
            writer.Emit(TokenKind.KeywordType, pos + 1, lifetimeEnd);
            return lifetimeEnd;
        }

        writer.Emit(TokenKind.Punctuation, pos, pos + 1);
        return pos + 1;
    }

    /// <summary>Strings with an identifier prefix: <c>L"..."</c>, <c>u8"..."</c>, <c>R"x(...)x"</c>, <c>r#"..."#</c>, <c>b'x'</c>.</summary>
    private int PrefixedString(ReadOnlySpan<char> code, int pos, int wordEnd, int end, ref TokenWriter writer)
    {
        var prefix = code[pos..wordEnd];
        var quote = code[wordEnd];
        if (syntax.CppLiterals && quote == '"' && prefix is "R" or "LR" or "uR" or "UR" or "u8R")
        {
            var paren = code[wordEnd..System.Math.Min(end, wordEnd + 18)].IndexOf('(');
            if (paren < 0)
            {
                return pos;
            }

            var delimiter = code[(wordEnd + 1)..(wordEnd + paren)];
            var body = wordEnd + paren + 1;
            var closeAt = body;
            while (true)
            {
                var rel = code[closeAt..end].IndexOf(')');
                if (rel < 0)
                {
                    closeAt = end;
                    break;
                }

                closeAt += rel + 1;
                if (code[closeAt..end].StartsWith(delimiter) && closeAt + delimiter.Length < end && code[closeAt + delimiter.Length] == '"')
                {
                    closeAt += delimiter.Length + 1;
                    break;
                }
            }

            writer.Emit(TokenKind.String, pos, closeAt);
            return closeAt;
        }

        if (syntax.CppLiterals && prefix is "L" or "u" or "U" or "u8")
        {
            return quote == '"'
                ? QuotedString.Lex(this, code, pos, wordEnd + 1, end, Plain, TokenKind.String, ref writer)
                : quote == '\'' ? PrefixedChar(code, pos, wordEnd, end, ref writer) : pos;
        }

        if (syntax.RustSyntax && prefix is "r" or "br" or "b" or "c" or "cr")
        {
            if (quote == '\'' && prefix is "b")
            {
                return PrefixedChar(code, pos, wordEnd, end, ref writer);
            }

            var hashes = 0;
            while (wordEnd + hashes < end && code[wordEnd + hashes] == '#')
            {
                hashes++;
            }

            var open = wordEnd + hashes;
            if (open >= end || code[open] != '"' || (hashes > 0 && !prefix.EndsWith("r")))
            {
                return pos;
            }

            if (!prefix.EndsWith("r"))
            {
                return QuotedString.Lex(this, code, pos, open + 1, end, Plain with { Multiline = true }, TokenKind.String, ref writer);
            }

            var search = open + 1;
            while (search < end)
            {
                var rel = code[search..end].IndexOf('"');
                if (rel < 0)
                {
                    search = end;
                    break;
                }

                search += rel + 1;
                if (QuotedString.QuoteRun(code, search, end, '#') >= hashes)
                {
                    search += hashes;
                    break;
                }
            }

            writer.Emit(TokenKind.String, pos, search);
            return search;
        }

        return pos;
    }

    private int PrefixedChar(ReadOnlySpan<char> code, int pos, int wordEnd, int end, ref TokenWriter writer)
    {
        writer.Emit(TokenKind.String, pos, wordEnd);
        return CharLiteral(code, wordEnd, end, ref writer);
    }

    private static int Directive(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        var lineEnd = Scan.LineEnd(code, pos, end);
        var nameStart = Scan.SpacesEnd(code, pos + 1, lineEnd);
        var nameEnd = Scan.IdentifierEnd(code, nameStart, lineEnd);
        var name = code[nameStart..nameEnd];
        if (name is "region" or "endregion" or "pragma" or "error" or "warning" or "line" or "nullable")
        {
            writer.Emit(TokenKind.Meta, pos, lineEnd);
            return lineEnd;
        }

        writer.Emit(TokenKind.Meta, pos, nameEnd);
        if (name is "define" or "undef" or "ifdef" or "ifndef")
        {
            // The macro's name, as VS Code colours it (a function's colour).
            var macroStart = Scan.SpacesEnd(code, nameEnd, lineEnd);
            var macroEnd = Scan.IdentifierEnd(code, macroStart, lineEnd);
            writer.Emit(TokenKind.Function, macroStart, macroEnd);
            return macroEnd;
        }

        if (name is "include" or "import")
        {
            var target = Scan.SpacesEnd(code, nameEnd, lineEnd);
            if (target < lineEnd && code[target] is '<' or '"')
            {
                var closing = code[target] == '<' ? '>' : '"';
                var close = code[(target + 1)..lineEnd].IndexOf(closing);
                var targetEnd = close < 0 ? lineEnd : target + close + 2;
                writer.Emit(TokenKind.String, target, targetEnd);
                return targetEnd;
            }
        }

        return nameEnd;
    }
}
