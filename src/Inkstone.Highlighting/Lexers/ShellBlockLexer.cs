namespace Inkstone.Highlighting.Lexers;

/// <summary>
/// A <c>bash</c> or <c>shell</c> block: a script, or, when its first line starts with a prompt (<c>$ </c>,
/// <c>user@host:~$ </c>), a transcript that writers fence as shell, whose output must not be coloured as commands.
/// </summary>
internal sealed class ShellBlockLexer(Lexer script, Lexer transcript) : Lexer
{
    /// <summary>What highlights a script: the hand-written shell lexer, or a grammar chosen over it.</summary>
    public Lexer Script { get; } = script;

    /// <summary>Scripts go to <paramref name="replacement"/>; a transcript is still read as <c>console</c>.</summary>
    public override Lexer ReplacedBy(Lexer replacement) => new ShellBlockLexer(replacement, transcript);

    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var first = start;
        while (first < end && char.IsWhiteSpace(code[first]))
        {
            first++;
        }

        var line = code[first..Scan.LineEnd(code, first, end)];
        var isTranscript = line.StartsWith("$ ", StringComparison.Ordinal) || (ConsoleLexer.ShellPromptLength(line) > 1);
        (isTranscript ? transcript : Script).Lex(code, start, end, ref writer);
    }
}
