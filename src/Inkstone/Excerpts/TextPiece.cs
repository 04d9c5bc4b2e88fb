namespace Inkstone.Excerpts;

internal enum TextPieceKind
{
    /// <summary>Prose as a reader sees it.</summary>
    Text,

    /// <summary>An inline formula: its TeX source.</summary>
    InlineMath,

    /// <summary>Inline code: its text.</summary>
    InlineCode,

    /// <summary>A display formula (one piece per formula).</summary>
    DisplayMath,

    /// <summary>A code block (one piece per block).</summary>
    CodeBlock,

    /// <summary>The end of a block: text on either side belongs to different blocks.</summary>
    BlockEnd,
}

/// <summary>
/// One piece of a post's visible content, in reading order. An inline formula carries its compiled
/// MathML in <see cref="Html"/> as well as its TeX source in <see cref="Text"/>.
/// </summary>
internal readonly record struct TextPiece(TextPieceKind Kind, string Text, string? Html = null);
