namespace Inkstone.Highlighting;

/// <summary>
/// A hand-written, stateless lexer for one language family. Implementations hold only immutable configuration,
/// so one instance serves every thread.
/// </summary>
internal abstract class Lexer
{
    /// <summary>Past this nesting depth, embedded code (interpolation holes, script tags) is not lexed again.</summary>
    public const int MaxNestingDepth = 8;

    /// <summary>Emits tokens for <c>code[start..end]</c>; positions are indexes into the whole <paramref name="code"/>.</summary>
    public abstract void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer);

    /// <summary>
    /// This language highlighted by <paramref name="replacement"/> instead (a grammar that agrees better with VS Code):
    /// the replacement itself, unless this lexer does something around the language it keeps (a shell block's transcripts).
    /// </summary>
    public virtual Lexer ReplacedBy(Lexer replacement) => replacement;

    /// <summary>Lexes an embedded range with <paramref name="lexer"/>, or leaves it plain when nested too deeply.</summary>
    protected static void LexNested(Lexer lexer, ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer, TokenKind fallback)
    {
        if (writer.Depth >= MaxNestingDepth)
        {
            writer.Emit(fallback, start, end);
            return;
        }

        writer.Depth++;
        lexer.Lex(code, start, end, ref writer);
        writer.Depth--;
    }
}
