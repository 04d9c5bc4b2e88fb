using Inkstone.Markdown.Math;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;

namespace Inkstone.Markdown.Pseudocode;

/// <summary>
/// A pseudocode fence that was read without a problem, in place of its fenced code block: its lines, its formulas (which
/// the post's math pass compiles), its number among the post's algorithms and the labels <c>\ref</c> can cite.
/// </summary>
internal sealed class PseudocodeBlock(string source, IReadOnlyList<PseudocodeLine> lines, IReadOnlyList<MathInline> formulas) : LeafBlock(null), IFormulaHolder
{
    /// <summary>The fence's text, for the excerpt and the search index (as code) and the render hook.</summary>
    public string Source { get; } = source;

    public IReadOnlyList<PseudocodeLine> Typeset { get; } = lines;

    public IReadOnlyList<MathInline> Formulas { get; } = formulas;

    public IReadOnlyList<KeyValuePair<string, string>> Labels { get; init; } = [];

    public IReadOnlyList<PseudoInline>? Caption { get; init; }

    /// <summary>The algorithm's number in the post ("Algorithm 2"); null when it has neither a caption nor a label.</summary>
    public int? Number { get; init; }

    /// <summary>The element id: its label's (the id <c>\ref</c> links to), else <c>algorithm-N</c>; null when unnumbered.</summary>
    public string? Id { get; init; }

    /// <summary>The algorithm's <c>\label</c>, null when it has none.</summary>
    public string? Label { get; init; }

    /// <summary>Every how many lines a number is shown; 0 shows none.</summary>
    public int NumberEvery { get; init; }

    /// <summary>The caption's words in the post's language ("Algorithm", "算法"), from the theme's strings.</summary>
    public required Content.InterfaceWords Words { get; init; }
}
