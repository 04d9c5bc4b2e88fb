namespace Inkstone.Markdown.Liquid;

/// <summary>
/// What a placeholder in a compiled template stands for. Fluid sees only <c>{%_p 3%}</c>, <c>{%_b 4%}</c> and
/// <c>{%_i 5, ...%}</c>; the piece says what to write there.
/// </summary>
internal sealed record TemplatePiece(TemplatePieceKind Kind, string Text = "", TagCall? Call = null, ITagHandler? Handler = null)
{
    public static readonly TemplatePiece Nothing = new(TemplatePieceKind.Literal);
}
