namespace Inkstone.Highlighting.Tests;

/// <summary>The reported defects, highlighted by the hand-written lexers alone (a highlighter without the TextMate languages).</summary>
public sealed class ReportedDefectsInTheHandWrittenLexersTests : ReportedDefectTests
{
    private static readonly SyntaxHighlighter HandWritten = new();

    private protected override SyntaxHighlighter Highlighter => HandWritten;
}
