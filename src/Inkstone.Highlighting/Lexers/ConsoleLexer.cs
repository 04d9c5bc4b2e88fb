namespace Inkstone.Highlighting.Lexers;

/// <summary>
/// An interactive session: lines that start with a prompt (and their continuations) are lexed by the session's
/// language, everything else is output. Serves <c>console</c> (<c>$ </c> or <c>% </c> prompts, shell) and
/// <c>pycon</c> (<c>&gt;&gt;&gt; </c> and <c>... </c>, Python).
/// </summary>
/// <param name="shellPrompts">Whether the prompts a shell shows are read too: <c>user@host:~$ </c>, <c>[user@host dir]$ </c>, and root's <c># </c>.</param>
/// <param name="output">Reads output lines that hold escape sequences (<see cref="AnsiLexer"/>): a terminal's colours.</param>
internal sealed class ConsoleLexer(Lexer language, string[] prompts, string? continuationPrompt, bool backslashContinues, bool shellPrompts = false, Lexer? output = null) : Lexer
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
                if (output is not null && code[pos..lineEnd].Contains('\u001b'))
                {
                    LexNested(output, code, pos, lineEnd, ref writer, TokenKind.Text);
                }
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

        if (shellPrompts && ShellPromptLength(line[offset..]) is var length and > 0)
        {
            return pos + offset + length;
        }

        return continuationPrompt is not null && PromptMatches(line, continuationPrompt) ? pos + continuationPrompt.TrimEnd().Length : -1;
    }

    /// <summary>
    /// The length of a shell's own prompt at the start of the line, without its trailing space: root's <c>#</c>,
    /// <c>user@host:path$</c> (or <c>#</c>), <c>[user@host path]$</c>; 0 when the line starts with none.
    /// </summary>
    public static int ShellPromptLength(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("# ", StringComparison.Ordinal) || line.SequenceEqual("#"))
        {
            return 1;
        }

        var bracketed = line.StartsWith('[');
        var i = bracketed ? 1 : 0;
        var user = i;
        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] is '_' or '-' or '.'))
        {
            i++;
        }

        if (i == user || i >= line.Length || line[i] != '@')
        {
            return 0;
        }

        var host = ++i;
        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] is '_' or '-' or '.'))
        {
            i++;
        }

        if (i == host)
        {
            return 0;
        }

        // The working folder: after ':' ("user@host:~/src$"), or after a space inside brackets ("[user@host src]$").
        var separator = bracketed ? ' ' : ':';
        if (i < line.Length && line[i] == separator)
        {
            while (i < line.Length && line[i] is not ('$' or '#' or ']') && !(line[i] == ' ' && !bracketed))
            {
                i++;
            }
        }

        if (bracketed)
        {
            if (i >= line.Length || line[i] != ']')
            {
                return 0;
            }

            i++;
        }

        return i < line.Length && line[i] is '$' or '#' && (i + 1 == line.Length || line[i + 1] == ' ') ? i + 1 : 0;
    }

    /// <summary>A prompt matches with its trailing space, or alone on an otherwise empty line.</summary>
    private static bool PromptMatches(ReadOnlySpan<char> line, string prompt) =>
        line.StartsWith(prompt, StringComparison.Ordinal) || line.SequenceEqual(prompt.AsSpan().TrimEnd());
}
