namespace Inkstone.Highlighting.TextMate;

/// <summary>
/// What a block cost a grammar: the lines it read and the deepest state it left a line in (rules entered and not left).
/// Tests bound the work on pathological input with it, rather than timing it.
/// </summary>
internal readonly record struct GrammarWork(int LinesRead, int DeepestState);
