namespace Inkstone.Highlighting;

/// <summary>A language the highlighter knows, as resolved from a fence's info string by <see cref="SyntaxHighlighter.TryResolve"/>.</summary>
public sealed class HighlightLanguage
{
    internal HighlightLanguage(string name, Lexer lexer, params string[] aliases)
        : this(name, lexer, replacesHandWritten: false, aliases)
    {
    }

    internal HighlightLanguage(string name, Lexer lexer, bool replacesHandWritten, params string[] aliases)
    {
        Name = name;
        Lexer = lexer;
        ReplacesHandWritten = replacesHandWritten;
        Aliases = aliases;
    }

    /// <summary>The canonical lower-case name, e.g. <c>python</c>; suitable for a <c>language-*</c> class.</summary>
    public string Name { get; }

    /// <summary>Other names that resolve to this language, e.g. <c>py</c> for <c>python</c>.</summary>
    public IReadOnlyList<string> Aliases { get; }

    internal Lexer Lexer { get; }

    /// <summary>
    /// A further language (a grammar) that highlights the hand-written language of the same <see cref="Name"/> in its
    /// place, keeping that one's aliases; for languages where the grammar agrees better with VS Code.
    /// </summary>
    internal bool ReplacesHandWritten { get; }

    public override string ToString() => Name;
}
