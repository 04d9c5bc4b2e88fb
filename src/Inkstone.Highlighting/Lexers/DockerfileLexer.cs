namespace Inkstone.Highlighting.Lexers;

/// <summary>Dockerfiles: instructions, flags, variables; shell-form <c>RUN</c>, <c>CMD</c> and <c>ENTRYPOINT</c> bodies are lexed as shell.</summary>
internal sealed class DockerfileLexer(Lexer shell, Lexer json) : Lexer
{
    private static readonly WordSet Instructions = new(
        "FROM RUN CMD LABEL MAINTAINER EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG ONBUILD STOPSIGNAL " +
        "HEALTHCHECK SHELL AS", ignoreCase: true);

    private static readonly WordSet ShellInstructions = new("RUN CMD ENTRYPOINT", ignoreCase: true);

    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var pos = start;
        while (pos < end)
        {
            var lineEnd = Scan.LineEnd(code, pos, end);
            var first = Scan.SpacesEnd(code, pos, lineEnd);
            if (first < lineEnd && code[first] == '#')
            {
                writer.Emit(TokenKind.Comment, first, lineEnd);
                pos = Scan.AfterLineBreak(code, lineEnd, end);
                continue;
            }

            var wordEnd = Scan.IdentifierEnd(code, first, lineEnd);
            var instructionEnd = InstructionEnd(code, lineEnd, end);
            if (wordEnd > first && Instructions.Contains(code[first..wordEnd]))
            {
                writer.Emit(TokenKind.Keyword, first, wordEnd);
                var body = Scan.SpacesEnd(code, wordEnd, instructionEnd);
                body = Flags(code, body, instructionEnd, ref writer);
                if (body < instructionEnd && code[body] == '[')
                {
                    LexNested(json, code, body, instructionEnd, ref writer, TokenKind.Text);
                }
                else if (ShellInstructions.Contains(code[first..wordEnd]))
                {
                    LexNested(shell, code, body, instructionEnd, ref writer, TokenKind.Text);
                }
                else
                {
                    Arguments(code, body, instructionEnd, ref writer);
                }
            }
            else
            {
                Arguments(code, first, instructionEnd, ref writer);
            }

            pos = Scan.AfterLineBreak(code, instructionEnd, end);
        }
    }

    /// <summary>An instruction continues over lines that end with a backslash.</summary>
    private static int InstructionEnd(ReadOnlySpan<char> code, int lineEnd, int end)
    {
        while (lineEnd < end && lineEnd > 0 && code[lineEnd - 1] == '\\')
        {
            lineEnd = Scan.LineEnd(code, Scan.AfterLineBreak(code, lineEnd, end), end);
        }

        return lineEnd;
    }

    private static int Flags(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        while (pos + 1 < end && code[pos] == '-' && code[pos + 1] == '-')
        {
            var flagEnd = pos;
            while (flagEnd < end && !char.IsWhiteSpace(code[flagEnd]))
            {
                flagEnd++;
            }

            writer.Emit(TokenKind.Attribute, pos, flagEnd);
            pos = Scan.SpacesEnd(code, flagEnd, end);
        }

        return pos;
    }

    private void Arguments(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        pos = Flags(code, pos, end, ref writer);
        while (pos < end)
        {
            var c = code[pos];
            if (c == '$')
            {
                pos = ShellLexer.Dollar(shell, code, pos, end, ref writer);
            }
            else if (c is '"' or '\'')
            {
                var close = code[(pos + 1)..end].IndexOf(c);
                var stringEnd = close < 0 ? end : pos + close + 2;
                writer.Emit(TokenKind.String, pos, stringEnd);
                pos = stringEnd;
            }
            else if (Scan.IsIdentStart(c) && (pos == 0 || char.IsWhiteSpace(code[pos - 1])))
            {
                var wordEnd = Scan.IdentifierEnd(code, pos, end);
                if (code[pos..wordEnd] is "AS" or "as")
                {
                    writer.Emit(TokenKind.Keyword, pos, wordEnd);
                }
                else if (code[pos..wordEnd] is "CMD")
                {
                    // HEALTHCHECK ... CMD command: the rest is shell.
                    writer.Emit(TokenKind.Keyword, pos, wordEnd);
                    LexNested(shell, code, wordEnd, end, ref writer, TokenKind.Text);
                    return;
                }
                else if (wordEnd < end && code[wordEnd] == '=')
                {
                    writer.Emit(TokenKind.Variable, pos, wordEnd);
                }

                pos = wordEnd;
            }
            else if (char.IsAsciiDigit(c) && (pos == 0 || char.IsWhiteSpace(code[pos - 1]) || code[pos - 1] == ':'))
            {
                var numberEnd = Scan.NumberEnd(code, pos, end);
                writer.Emit(TokenKind.Number, pos, numberEnd);
                pos = numberEnd;
            }
            else
            {
                if (c is '=' or '\\')
                {
                    writer.Emit(TokenKind.Operator, pos, pos + 1);
                }

                pos++;
            }
        }
    }
}
