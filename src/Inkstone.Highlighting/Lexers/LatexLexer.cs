namespace Inkstone.Highlighting.Lexers;

/// <summary>LaTeX: commands, environment names, comments, inline and display math, special characters.</summary>
internal sealed class LatexLexer : Lexer
{
    private static readonly WordSet VerbatimEnvironments = new("verbatim verbatim* Verbatim lstlisting minted comment alltt");

    private static readonly WordSet MathEnvironments = new(
        "equation equation* align align* gather gather* multline multline* eqnarray eqnarray* displaymath math flalign flalign* alignat alignat*");

    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var pos = start;
        var mathEnd = '\0';
        while (pos < end)
        {
            var c = code[pos];
            var next = pos + 1 < end ? code[pos + 1] : '\0';
            var inMath = mathEnd != '\0';
            if (c == '%')
            {
                var lineEnd = Scan.LineEnd(code, pos, end);
                writer.Emit(TokenKind.Comment, pos, lineEnd);
                pos = lineEnd;
            }
            else if (c == '\\' && next is '(' or '[' or ')' or ']')
            {
                mathEnd = next is '(' ? ')' : next is '[' ? ']' : '\0';
                writer.Emit(TokenKind.Interpolation, pos, pos + 2);
                pos += 2;
            }
            else if (c == '\\' && char.IsAsciiLetter(next))
            {
                var nameEnd = pos + 1;
                while (nameEnd < end && char.IsAsciiLetter(code[nameEnd]))
                {
                    nameEnd++;
                }

                if (nameEnd < end && code[nameEnd] == '*')
                {
                    nameEnd++;
                }

                writer.Emit(TokenKind.Keyword, pos, nameEnd);
                if (code[(pos + 1)..nameEnd] is "verb" or "verb*" or "lstinline" or "mintinline")
                {
                    pos = Verb(code, nameEnd, end, ref writer);
                    continue;
                }

                var isBegin = code[(pos + 1)..nameEnd] is "begin";
                var afterEnvironment = Environment(code, pos, nameEnd, end, ref writer);
                if (afterEnvironment > nameEnd && MathEnvironments.Contains(code[(nameEnd + 1)..(afterEnvironment - 1)]))
                {
                    // Inside equation, align and friends the body is math until the matching \end.
                    mathEnd = isBegin ? 'e' : '\0';
                }
                else if (isBegin && afterEnvironment > nameEnd && VerbatimEnvironments.Contains(code[(nameEnd + 1)..(afterEnvironment - 1)]))
                {
                    // A verbatim body is the writer's text as it is, % and all, up to its \end.
                    afterEnvironment = Verbatim(code, afterEnvironment, end, code[(nameEnd + 1)..(afterEnvironment - 1)], ref writer);
                }

                pos = afterEnvironment;
            }
            else if (c == '\\' && next != '\0' && !Scan.IsLineBreak(next))
            {
                writer.Emit(next == '\\' ? TokenKind.Operator : TokenKind.StringEscape, pos, pos + 2);
                pos += 2;
            }
            else if (c == '$')
            {
                var run = next == '$' ? 2 : 1;
                mathEnd = inMath ? '\0' : '$';
                writer.Emit(TokenKind.Interpolation, pos, pos + run);
                pos += run;
            }
            else if (char.IsAsciiLetter(c))
            {
                while (pos < end && char.IsAsciiLetterOrDigit(code[pos]))
                {
                    pos++;
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                var numberEnd = Scan.NumberEnd(code, pos, end);
                writer.Emit(TokenKind.Number, pos, numberEnd);
                pos = numberEnd;
            }
            else
            {
                if (c is '{' or '}' or '[' or ']')
                {
                    writer.Emit(TokenKind.Punctuation, pos, pos + 1);
                }
                else if (c is '&' or '~' || (inMath && c is '^' or '_' or '=' or '+' or '-' or '<' or '>'))
                {
                    writer.Emit(TokenKind.Operator, pos, pos + 1);
                }
                pos++;
            }
        }
    }

    /// <summary>
    /// The argument of <c>\verb|x|</c> (any delimiter), <c>\lstinline{x}</c> or <c>\mintinline{lang}{x}</c> as a string,
    /// up to its closing delimiter on the same line; returns where lexing goes on.
    /// </summary>
    private static int Verb(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        var lineEnd = Scan.LineEnd(code, pos, end);
        if (pos < lineEnd && code[pos] == '[')
        {
            var options = code[pos..lineEnd].IndexOf(']');
            pos = options < 0 ? pos : pos + options + 1;
        }

        if (pos >= lineEnd || char.IsWhiteSpace(code[pos]) || char.IsAsciiLetter(code[pos]))
        {
            return pos;
        }

        var closing = code[pos] == '{' ? '}' : code[pos];
        var close = code[(pos + 1)..lineEnd].IndexOf(closing);
        var argumentEnd = close < 0 ? lineEnd : pos + close + 2;
        writer.Emit(TokenKind.String, pos, argumentEnd);
        return argumentEnd;
    }

    /// <summary>The body of a verbatim environment as a string, from the line after its <c>\begin</c> to its <c>\end</c>.</summary>
    private static int Verbatim(ReadOnlySpan<char> code, int pos, int end, ReadOnlySpan<char> name, ref TokenWriter writer)
    {
        // Options and a language (\begin{minted}[linenos]{python}) stay on the \begin line.
        var bodyStart = Scan.AfterLineBreak(code, Scan.LineEnd(code, pos, end), end);
        var closing = $"\\end{{{name}}}";
        var close = code[bodyStart..end].IndexOf(closing, StringComparison.Ordinal);
        var bodyEnd = close < 0 ? end : bodyStart + close;
        writer.Emit(TokenKind.Text, pos, bodyStart);
        writer.Emit(TokenKind.String, bodyStart, bodyEnd);
        return bodyEnd;
    }

    /// <summary>After <c>\begin</c> or <c>\end</c>, the braced environment name is a class name.</summary>
    private static int Environment(ReadOnlySpan<char> code, int pos, int nameEnd, int end, ref TokenWriter writer)
    {
        var name = code[(pos + 1)..nameEnd];
        if (name is not ("begin" or "end") || nameEnd >= end || code[nameEnd] != '{')
        {
            return nameEnd;
        }

        var close = code[nameEnd..Scan.NearLineEnd(code, nameEnd, end)].IndexOf('}');
        if (close < 0)
        {
            return nameEnd;
        }

        writer.Emit(TokenKind.Punctuation, nameEnd, nameEnd + 1);
        writer.Emit(TokenKind.ClassName, nameEnd + 1, nameEnd + close);
        writer.Emit(TokenKind.Punctuation, nameEnd + close, nameEnd + close + 1);
        return nameEnd + close + 1;
    }
}
