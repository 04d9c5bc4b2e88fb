namespace Inkstone.Highlighting.TextMate;

/// <summary>
/// A correction to what a grammar made of a block, for a construct where the grammar departs from what VS Code's
/// reader sees (<see cref="PowerShellArguments"/>); <paramref name="tokens"/> hold positions from <paramref name="offset"/>
/// in the whole code, <paramref name="text"/> is the block.
/// </summary>
internal delegate void TokenRule(string text, int offset, List<(int Start, int End, TokenKind Kind)> tokens);
