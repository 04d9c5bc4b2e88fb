namespace Inkstone.Highlighting.Lexers;

/// <summary>
/// A <c>bash</c> or <c>shell</c> block: a script, or, when its first line starts with a prompt (<c>$ </c>,
/// <c>user@host:~$ </c>), a transcript that writers fence as shell, whose output must not be coloured as commands.
/// </summary>
internal sealed class ShellBlockLexer(Lexer script, Lexer transcript) : Lexer
{
    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var first = start;
        while (first < end && char.IsWhiteSpace(code[first]))
        {
            first++;
        }

        var line = code[first..Scan.LineEnd(code, first, end)];
        var isTranscript = line.StartsWith("$ ", StringComparison.Ordinal) || (ConsoleLexer.ShellPromptLength(line) > 1);
        (isTranscript ? transcript : script).Lex(code, start, end, ref writer);
    }
}
