namespace Inkstone.Highlighting;

/// <summary>A language the highlighter knows, as resolved from a fence's info string by <see cref="SyntaxHighlighter.TryResolve"/>.</summary>
public sealed class HighlightLanguage
{
    internal HighlightLanguage(string name, Lexer lexer, params string[] aliases)
    {
        Name = name;
        Lexer = lexer;
        Aliases = aliases;
    }

    /// <summary>The canonical lower-case name, e.g. <c>python</c>; suitable for a <c>language-*</c> class.</summary>
    public string Name { get; }

    /// <summary>Other names that resolve to this language, e.g. <c>py</c> for <c>python</c>.</summary>
    public IReadOnlyList<string> Aliases { get; }

    internal Lexer Lexer { get; }

    public override string ToString() => Name;
}
