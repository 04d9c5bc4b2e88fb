namespace Inkstone.Browser.Tests.MathLayout;

/// <summary>
/// One drawn character of a formula, as measure-glyphs.js reports it: all lengths in em of the formula's font
/// size, <see cref="X"/> from the formula's left edge, <see cref="Y"/> the glyph's baseline below the formula's.
/// </summary>
/// <param name="C">The character.</param>
/// <param name="X">Left edge of the character's box.</param>
/// <param name="W">Width of the character's box.</param>
/// <param name="Y">Baseline, positive downwards.</param>
/// <param name="S">Font size relative to the formula's (1 on the main line, smaller in scripts).</param>
/// <param name="H">Height of the box; for an <c>mo</c>, of the operator element, which grows when it stretches.</param>
/// <param name="T">The element that holds the text (mi, mo, span ...).</param>
/// <param name="F">The first font family of that element.</param>
/// <param name="Mx">For an <c>mo</c>, the centre of the operator element.</param>
/// <param name="Px">For a delimiter alone in an <c>mpadded</c> with a width, the centre of the operator element (where Chromium draws the variant).</param>
internal sealed record Glyph(string C, double X, double W, double Y, double S, double H, string T, string F, double? Mx = null, double? Px = null)
{
    /// <summary>
    /// The middle of the glyph's box; for a large operator drawn from a size variant (a display-style sum),
    /// the middle of its operator element, since Chromium reports the text box of the base glyph at the operator's
    /// start while it draws the wider variant, and the element is exactly as wide as the variant. Integrals are measured
    /// by their text box: their element also holds the italic correction, right of the glyph.
    /// A delimiter of a given size is drawn from the left of its operator element, as wide as the mpadded the compiler
    /// puts around it (the glyphs after it show whether that width is right).
    /// </summary>
    public double Centre => Px ?? (Mx is { } middle && IsLargeOperator(C) ? middle : X + (W / 2));

    private static bool IsLargeOperator(string c) =>
        c.Length == 1 && c[0] is >= '\u220F' and <= '\u2211' or >= '\u22C0' and <= '\u22C3' or >= '\u2A00' and <= '\u2A0B';

    /// <summary>
    /// A glyph drawn from a size variant or assembly (a stretched delimiter, a display-style sum): its text box
    /// says nothing about where its baseline is, so only its horizontal place is compared.
    /// </summary>
    public bool IsTall => F.StartsWith("KaTeX_Size", StringComparison.Ordinal) || (T == "mo" && H > 1.45);
}
