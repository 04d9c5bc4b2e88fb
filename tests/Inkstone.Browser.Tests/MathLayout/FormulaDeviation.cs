namespace Inkstone.Browser.Tests.MathLayout;

/// <summary>
/// How far Inkstone's rendering of one formula strays from KaTeX's: the largest horizontal (glyph centre) and
/// vertical (baseline) distance over matched glyphs, in em, and the glyph where each occurs.
/// </summary>
internal sealed record FormulaDeviation(
    MathLayoutCase Formula, double MaxDx, double MaxDy, string WorstX, string WorstY, int Matched, int InkstoneOnly, int KatexOnly)
{
    public const double HorizontalTolerance = 0.1;
    public const double VerticalTolerance = 0.15;
    public const double Limit = 0.3;

    public bool Measured => !double.IsNaN(MaxDx) && Matched > 0;

    public bool WithinTolerance => Measured && MaxDx <= HorizontalTolerance && MaxDy <= VerticalTolerance;

    public bool BeyondLimit => !Measured || MaxDx > Limit || MaxDy > Limit;

    /// <summary>Orders the worst cases: the larger of the two deviations, each against its own tolerance.</summary>
    public double Severity => Measured ? System.Math.Max(MaxDx / HorizontalTolerance, MaxDy / VerticalTolerance) : double.PositiveInfinity;
}
