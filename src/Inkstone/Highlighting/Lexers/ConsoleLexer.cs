namespace Inkstone.Highlighting.Lexers;

/// <summary>A terminal session: lines after a <c>$ </c> or <c>% </c> prompt (and their <c>\</c> continuations) are shell, the rest is output.</summary>
internal sealed class ConsoleLexer(Lexer shell) : Lexer
{
    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var pos = start;
        var continuation = false;
        while (pos < end)
        {
            var lineEnd = Scan.LineEnd(code, pos, end);
            var commandStart = continuation ? pos : PromptEnd(code, pos, lineEnd);
            if (commandStart >= 0)
            {
                writer.Emit(TokenKind.Prompt, pos, continuation ? pos : commandStart);
                LexNested(shell, code, commandStart, lineEnd, ref writer, TokenKind.Text);
                continuation = lineEnd > commandStart && code[lineEnd - 1] == '\\';
            }

            pos = Scan.AfterLineBreak(code, lineEnd, end);
        }
    }

    /// <summary>The index just after the prompt character, or -1 when the line is output.</summary>
    private static int PromptEnd(ReadOnlySpan<char> code, int pos, int lineEnd)
    {
        var i = pos;
        if (i < lineEnd && code[i] == '(')
        {
            var close = code[i..lineEnd].IndexOf(") ");
            if (close > 0)
            {
                i += close + 2;
            }
        }

        if (i < lineEnd && code[i] is '$' or '%' && (i + 1 == lineEnd || code[i + 1] == ' '))
        {
            return i + 1;
        }

        return -1;
    }
}
