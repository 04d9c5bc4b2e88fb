namespace Inkstone.Markdown.Pseudocode;

/// <summary>One line as typeset: its place in the count of numbered lines (null for <c>\Statex</c> and <c>\Require</c>), its depth, text, comment and the element id of its label.</summary>
internal sealed record PseudocodeLine(int? Number, int Depth, IReadOnlyList<PseudoInline> Text, IReadOnlyList<PseudoInline>? Comment, string? Label, int LabelAt)
{
    public string? Id { get; init; }
}
