namespace Inkstone.Markdown.Pseudocode;

/// <summary>What a pseudocode fence says: its caption and label, how its lines are numbered, and its steps.</summary>
internal sealed class AlgorithmTree
{
    public List<PseudoInline>? Caption { get; set; }

    public string? Label { get; set; }

    /// <summary>Where the label's name starts in the fence's text.</summary>
    public int LabelAt { get; set; }

    /// <summary>Every how many lines a number is shown (<c>\begin{algorithmic}[1]</c>: every line); 0 shows none.</summary>
    public int NumberEvery { get; set; }

    public List<PseudoStep> Steps { get; } = [];

    /// <summary>What the <c>\Require</c>, <c>\Ensure</c>, <c>\Input</c> and <c>\Output</c> lines start with, when the fence renamed them (<c>\renewcommand{\algorithmicrequire}{\textbf{Input:}}</c>).</summary>
    public Dictionary<PseudoStatementKind, List<PseudoInline>> Leads { get; } = [];
}
