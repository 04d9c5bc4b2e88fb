using Markdig.Extensions.Mathematics;

namespace Inkstone.Markdown.Pseudocode;

/// <summary>A piece of a pseudocode line's text: words, a keyword, a formula, styled text or a call.</summary>
internal abstract record PseudoInline;

/// <summary>Text as the reader sees it (escapes resolved, <c>~</c> a no-break space).</summary>
internal sealed record PseudoWords(string Text) : PseudoInline;

/// <summary>A word set in bold as the algorithm packages set it: <c>\Return</c>'s "return", <c>\True</c>'s "true".</summary>
internal sealed record PseudoKeyword(string Word) : PseudoInline;

/// <summary>A formula (<c>$...$</c>, or a reference written in text), compiled with the post's math.</summary>
internal sealed record PseudoFormula(MathInline Formula) : PseudoInline;

/// <summary>Text in a style of its own: <c>\textbf</c>, <c>\textit</c>, <c>\texttt</c>, <c>\textsc</c>.</summary>
internal sealed record PseudoStyled(PseudoStyle Style, IReadOnlyList<PseudoInline> Content) : PseudoInline;

/// <summary><c>\Call{Name}{arguments}</c>: the name in small capitals, the arguments in parentheses.</summary>
internal sealed record PseudoCall(IReadOnlyList<PseudoInline> Name, IReadOnlyList<PseudoInline> Arguments) : PseudoInline;

internal enum PseudoStyle
{
    Bold,
    Italic,
    Monospace,
    SmallCaps,
    Upright,
}
