namespace Inkstone.Highlighting.TextMate;

/// <summary>One grammar of the embedded bundle, as <c>grammars/bundle.mjs</c> lists it in <c>catalog.tsv</c>.</summary>
/// <param name="Name">shiki's language id, e.g. <c>haskell</c>; also the resource's name.</param>
/// <param name="InjectTo">For an injection grammar, the languages whose grammars it is injected into.</param>
internal sealed record GrammarEntry(string Name, string ScopeName, IReadOnlyList<string> Aliases, GrammarKind Kind, IReadOnlyList<string> InjectTo, string DisplayName);

/// <summary>What a grammar of the bundle is for.</summary>
internal enum GrammarKind
{
    /// <summary>A language of its own, advertised with its aliases.</summary>
    Grammar,

    /// <summary>Injected into the grammars of the languages its entry names (its <c>injectionSelector</c> says where).</summary>
    Injection,

    /// <summary>Only included by other grammars.</summary>
    Embedded,
}
