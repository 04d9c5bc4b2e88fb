using Markdig.Extensions.Mathematics;

namespace Inkstone.Markdown.Pseudocode;

/// <summary>What reading a fence gave: the tree, the problems (the tree is used only without any) and the formulas in reading order.</summary>
internal sealed record PseudocodeParse(AlgorithmTree Tree, IReadOnlyList<PseudocodeProblem> Problems, IReadOnlyList<MathInline> Formulas);
