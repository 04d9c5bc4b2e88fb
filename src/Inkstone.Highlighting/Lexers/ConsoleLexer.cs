namespace Inkstone.Highlighting.Lexers;

/// <summary>
/// An interactive session: lines that start with a prompt (and their continuations) are lexed by the session's
/// language, everything else is output. Serves <c>console</c> (<c>$ </c> or <c>% </c> prompts, shell) and
/// <c>pycon</c> (<c>&gt;&gt;&gt; </c> and <c>... </c>, Python).
/// </summary>
internal sealed class ConsoleLexer(Lexer language, string[] prompts, string? continuationPrompt, bool backslashContinues) : Lexer
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
                writer.Emit(TokenKind.Prompt, pos, commandStart);
                LexNested(language, code, commandStart, lineEnd, ref writer, TokenKind.Text);
                continuation = backslashContinues && lineEnd > commandStart && code[lineEnd - 1] == '\\';
            }
            else
            {
                continuation = false;
            }

            pos = Scan.AfterLineBreak(code, lineEnd, end);
        }
    }

    /// <summary>The index just after the prompt, or -1 when the line is output.</summary>
    private int PromptEnd(ReadOnlySpan<char> code, int pos, int lineEnd)
    {
        var line = code[pos..lineEnd];

        // A virtual environment's name may precede the prompt: "(.venv) $ ".
        var offset = 0;
        if (line.StartsWith('('))
        {
            var close = line.IndexOf(") ");
            offset = close > 0 ? close + 2 : 0;
        }

        foreach (var prompt in prompts)
        {
            if (PromptMatches(line[offset..], prompt))
            {
                return pos + offset + prompt.TrimEnd().Length;
            }
        }

        return continuationPrompt is not null && PromptMatches(line, continuationPrompt) ? pos + continuationPrompt.TrimEnd().Length : -1;
    }

    /// <summary>A prompt matches with its trailing space, or alone on an otherwise empty line.</summary>
    private static bool PromptMatches(ReadOnlySpan<char> line, string prompt) =>
        line.StartsWith(prompt, StringComparison.Ordinal) || line.SequenceEqual(prompt.AsSpan().TrimEnd());
}
