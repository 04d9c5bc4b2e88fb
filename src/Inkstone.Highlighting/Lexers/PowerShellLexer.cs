namespace Inkstone.Highlighting.Lexers;

/// <summary>PowerShell: variables, cmdlets (<c>Verb-Noun</c>), <c>-Parameters</c>, type literals, expandable and here-strings.</summary>
internal sealed class PowerShellLexer : Lexer
{
    private static readonly StringRule SingleQuoted = new('\'', Escape: '\0', DoubledQuote: true, Multiline: true);

    private static readonly WordSet Keywords = new(
        "begin break catch class continue data define do dynamicparam else elseif end enum exit filter finally for foreach " +
        "from function if in param process return switch throw trap try until using var while workflow hidden static", ignoreCase: true);

    private static readonly WordSet Operators = new(
        "eq ne gt ge lt le like notlike match notmatch contains notcontains in notin replace split join is isnot as and or " +
        "not xor band bor bxor bnot shl shr f ceq cne clike cmatch ieq", ignoreCase: true);

    private static readonly WordSet Constants = new("$true $false $null", ignoreCase: true);

    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var pos = start;
        while (pos < end)
        {
            var c = code[pos];
            var next = pos + 1 < end ? code[pos + 1] : '\0';
            if (char.IsWhiteSpace(c))
            {
                pos++;
            }
            else if (c == '#')
            {
                var lineEnd = Scan.LineEnd(code, pos, end);
                writer.Emit(TokenKind.Comment, pos, lineEnd);
                pos = lineEnd;
            }
            else if (c == '<' && next == '#')
            {
                var close = code[pos..end].IndexOf("#>");
                var commentEnd = close < 0 ? end : pos + close + 2;
                writer.Emit(TokenKind.Comment, pos, commentEnd);
                pos = commentEnd;
            }
            else if (c == '@' && next is '"' or '\'')
            {
                var close = code[(pos + 2)..end].IndexOf(next == '"' ? "\"@" : "'@");
                var stringEnd = close < 0 ? end : pos + 2 + close + 2;
                pos = next == '"' ? Expandable(code, pos, pos + 2, stringEnd, stringEnd - 2, ref writer) : Emit(TokenKind.String, pos, stringEnd, ref writer);
            }
            else if (c == '"')
            {
                pos = Expandable(code, pos, pos + 1, end, -1, ref writer);
            }
            else if (c == '\'')
            {
                pos = QuotedString.Lex(this, code, pos, pos + 1, end, SingleQuoted, TokenKind.String, ref writer);
            }
            else if (c == '$')
            {
                pos = Variable(code, pos, end, ref writer);
            }
            else if (c == '[' && Scan.IsIdentStart(next) && (pos == start || !(Scan.IsIdentPart(code[pos - 1]) || code[pos - 1] is ']' or ')')))
            {
                var close = Scan.ClosingBracket(code, pos, Scan.NearLineEnd(code, pos, end), '[', ']', ref writer);
                var nameEnd = Scan.IdentifierEnd(code, pos + 1, end);
                writer.Emit(TokenKind.Punctuation, pos, pos + 1);
                if (nameEnd < end && code[nameEnd] == '(')
                {
                    // [Parameter(Mandatory)] is an attribute; its arguments are ordinary code.
                    writer.Emit(TokenKind.Decorator, pos + 1, nameEnd);
                    pos = nameEnd;
                }
                else if (close > 0)
                {
                    writer.Emit(TokenKind.KeywordType, pos + 1, close);
                    writer.Emit(TokenKind.Punctuation, close, close + 1);
                    pos = close + 1;
                }
                else
                {
                    pos++;
                }
            }
            else if (c == '-' && (char.IsAsciiLetter(next) || (next == '-' && pos + 2 < end && char.IsAsciiLetter(code[pos + 2])))
                && (pos == start || char.IsWhiteSpace(code[pos - 1]) || code[pos - 1] is '(' or '{'))
            {
                var nameStart = next == '-' ? pos + 2 : pos + 1;
                var nameEnd = nameStart;
                while (nameEnd < end && (Scan.IsIdentPart(code[nameEnd]) || code[nameEnd] == '-'))
                {
                    nameEnd++;
                }

                var isOperator = next != '-' && Operators.Contains(code[nameStart..nameEnd]);
                writer.Emit(isOperator ? TokenKind.Operator : TokenKind.Attribute, pos, nameEnd);
                pos = nameEnd;
            }
            else if (char.IsAsciiDigit(c))
            {
                pos = Emit(TokenKind.Number, pos, Scan.NumberEnd(code, pos, end), ref writer);
            }
            else if (Scan.IsIdentStart(c))
            {
                pos = Word(code, pos, end, ref writer);
            }
            else
            {
                if (c is '=' or '+' or '-' or '*' or '/' or '%' or '!' or '|' or '>' or '<' or '&')
                {
                    writer.Emit(TokenKind.Operator, pos, pos + 1);
                }
                else if (c is '(' or ')' or '{' or '}' or '[' or ']' or ',' or ';' or '.' or '@' or ':')
                {
                    writer.Emit(TokenKind.Punctuation, pos, pos + 1);
                }

                pos++;
            }
        }
    }

    private static int Emit(TokenKind kind, int start, int end, ref TokenWriter writer)
    {
        writer.Emit(kind, start, end);
        return end;
    }

    private static int Word(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        var wordEnd = Scan.IdentifierEnd(code, pos, end);
        var isCmdlet = false;
        while (wordEnd + 1 < end && code[wordEnd] == '-' && char.IsAsciiLetter(code[wordEnd + 1]))
        {
            wordEnd = Scan.IdentifierEnd(code, wordEnd + 1, end);
            isCmdlet = true;
        }

        if (!isCmdlet && Keywords.Contains(code[pos..wordEnd]) && (pos == 0 || code[pos - 1] != '.'))
        {
            return Emit(TokenKind.Keyword, pos, wordEnd, ref writer);
        }

        // Verb-Noun is a command where a command stands; as an argument ("-Path my-folder") it is a word.
        if ((isCmdlet && IsCommandPosition(code, pos)) || (wordEnd < end && code[wordEnd] == '('))
        {
            return Emit(TokenKind.Function, pos, wordEnd, ref writer);
        }

        return wordEnd;
    }

    /// <summary>
    /// Whether a command may stand at <paramref name="pos"/>: first on its line, or after a pipe, a separator, an opening
    /// bracket, an assignment, a call operator or a keyword (<c>function Get-Thing</c>, <c>return Get-Date</c>).
    /// </summary>
    private static bool IsCommandPosition(ReadOnlySpan<char> code, int pos)
    {
        var i = pos - 1;
        while (i >= 0 && code[i] is ' ' or '\t')
        {
            i--;
        }

        if (i < 0 || code[i] is '\n' or '\r' or '|' or ';' or '{' or '(' or '=' or '&' or '.' or '`')
        {
            return true;
        }

        var wordStart = i;
        while (wordStart > 0 && char.IsAsciiLetter(code[wordStart - 1]))
        {
            wordStart--;
        }

        return i < pos - 1 && Keywords.Contains(code[wordStart..(i + 1)]) && (wordStart == 0 || code[wordStart - 1] is not ('-' or '$' or '.'));
    }

    private int Variable(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        var next = pos + 1 < end ? code[pos + 1] : '\0';
        if (next == '(')
        {
            var close = Scan.ClosingBracket(code, pos + 1, end, '(', ')', ref writer);
            if (close < 0)
            {
                return Emit(TokenKind.Interpolation, pos, pos + 2, ref writer);
            }

            writer.Emit(TokenKind.Interpolation, pos, pos + 2);
            LexNested(this, code, pos + 2, close, ref writer, TokenKind.Interpolation);
            writer.Emit(TokenKind.Text, writer.Position, close);
            return Emit(TokenKind.Interpolation, close, close + 1, ref writer);
        }

        if (next == '{')
        {
            var close = code[pos..Scan.NearLineEnd(code, pos, end)].IndexOf('}');
            return Emit(TokenKind.Variable, pos, close < 0 ? pos + 1 : pos + close + 1, ref writer);
        }

        var nameEnd = Scan.IdentifierEnd(code, pos + 1, end);
        if (nameEnd + 1 < end && code[nameEnd] == ':' && Scan.IsIdentStart(code[nameEnd + 1]))
        {
            nameEnd = Scan.IdentifierEnd(code, nameEnd + 1, end);
        }

        if (nameEnd == pos + 1 && next is '_' or '?' or '^' or '$')
        {
            nameEnd++;
        }

        var kind = Constants.Contains(code[pos..nameEnd]) ? TokenKind.Constant : TokenKind.Variable;
        return Emit(kind, pos, System.Math.Max(nameEnd, pos + 1), ref writer);
    }

    /// <summary>A double-quoted or here-string whose content ends at <paramref name="contentEnd"/> (-1: at the closing quote).</summary>
    private int Expandable(ReadOnlySpan<char> code, int pos, int contentStart, int end, int contentEnd, ref TokenWriter writer)
    {
        writer.Emit(TokenKind.String, pos, contentStart);
        var i = contentStart;
        var stop = contentEnd < 0 ? end : contentEnd;
        while (i < stop)
        {
            var c = code[i];
            if (contentEnd < 0 && c == '"')
            {
                if (i + 1 < end && code[i + 1] == '"')
                {
                    writer.Emit(TokenKind.String, writer.Position, i);
                    i = Emit(TokenKind.StringEscape, i, i + 2, ref writer);
                    continue;
                }

                return Emit(TokenKind.String, writer.Position, i + 1, ref writer);
            }

            if (c == '`' && i + 1 < stop)
            {
                writer.Emit(TokenKind.String, writer.Position, i);
                i = Emit(TokenKind.StringEscape, i, i + 2, ref writer);
            }
            else if (c == '$' && i + 1 < stop && (Scan.IsIdentStart(code[i + 1]) || code[i + 1] is '(' or '{' or '_'))
            {
                writer.Emit(TokenKind.String, writer.Position, i);
                i = Variable(code, i, stop, ref writer);
            }
            else
            {
                i++;
            }
        }

        return Emit(TokenKind.String, writer.Position, end, ref writer);
    }
}
