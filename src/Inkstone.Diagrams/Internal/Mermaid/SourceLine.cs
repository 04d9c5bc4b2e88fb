namespace Inkstone.Diagrams.Internal.Mermaid;

/// <summary>One statement line of a Mermaid source: its text without the comment, and where it starts (1-based line, column of its first character).</summary>
internal sealed record SourceLine(int Line, int Column, string Text);
