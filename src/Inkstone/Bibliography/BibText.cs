namespace Inkstone.Bibliography;

/// <summary>
/// A field's value with its LaTeX decoded into Unicode (<c>{\"o}</c> is ö, <c>--</c> an en dash), kept in pieces
/// so a style can change the case of a title without touching what the writer protected or the math.
/// </summary>
internal sealed record BibText(IReadOnlyList<BibSpan> Spans)
{
    public static readonly BibText Empty = new([]);

    /// <summary>The value as plain text, math included as its TeX source: for sorting, names and BibTeX output.</summary>
    public string Plain => string.Concat(Spans.Select(s => s.Kind == BibSpanKind.Math ? "$" + s.Text + "$" : s.Text));

    public bool IsEmpty => Spans.All(s => s.Text.Length == 0);

    public static BibText Of(string plain) => plain.Length == 0 ? Empty : new([new BibSpan(BibSpanKind.Text, plain)]);
}
