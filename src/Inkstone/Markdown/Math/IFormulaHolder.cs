using Markdig.Extensions.Mathematics;

namespace Inkstone.Markdown.Math;

/// <summary>
/// A block whose formulas are not in Markdown's inline tree (a pseudocode block's), so that they are compiled with the
/// post's other formulas, with its macros, its labels and its problems placed in the file; and the labels the block
/// itself defines, which <c>\ref</c> and <c>\eqref</c> in any formula of the post can cite.
/// </summary>
internal interface IFormulaHolder
{
    /// <summary>The formulas, in reading order, each carrying its <see cref="FormulaOffsets"/>; each gets its <see cref="RenderedMath"/>.</summary>
    IReadOnlyList<MathInline> Formulas { get; }

    /// <summary>Each label the block defines with the number a reference shows.</summary>
    IReadOnlyList<KeyValuePair<string, string>> Labels { get; }
}
