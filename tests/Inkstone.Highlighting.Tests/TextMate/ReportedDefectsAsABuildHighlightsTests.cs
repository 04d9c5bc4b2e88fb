namespace Inkstone.Highlighting.Tests.TextMate;

/// <summary>The reported defects, highlighted as a build highlights them: each language by the engine chosen for it.</summary>
public sealed class ReportedDefectsAsABuildHighlightsTests : ReportedDefectTests
{
    private protected override SyntaxHighlighter Highlighter => TextMateTestHighlighter.Instance;
}
