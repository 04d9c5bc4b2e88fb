namespace Inkstone.Diagrams.Internal.Text;

/// <summary>
/// Widths of text in the diagram font (the theme draws diagram labels in Arial's metrics: Liberation Sans,
/// Arial, Helvetica), from its advance widths in thousandths of an em. CJK and other wide characters take a
/// full em; characters outside the table take the width of a digit, a safe middle.
/// </summary>
internal static class TextMetrics
{
    public const double FontSize = 14;
    public const double LineHeight = 18;

    // Advance widths of U+0020 to U+007E in Arial / Liberation Sans, thousandths of an em.
    private static readonly short[] Ascii =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ];

    /// <summary>Width in pixels of one line of text at <paramref name="size"/>.</summary>
    public static double Width(string text, double size = FontSize)
    {
        double units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            units += Advance(rune.Value);
        }

        return units * size / 1000;
    }

    /// <summary>Width of the widest of the lines.</summary>
    public static double Width(IReadOnlyList<string> lines, double size = FontSize)
    {
        double widest = 0;
        foreach (var line in lines)
        {
            widest = System.Math.Max(widest, Width(line, size));
        }

        return widest;
    }

    private static int Advance(int c) => c switch
    {
        >= 0x20 and <= 0x7E => Ascii[c - 0x20],
        0xA0 => 278,
        >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x1F300 and <= 0x1FAFF
            or >= 0x20000 and <= 0x3FFFD => 1000,
        _ => 600,
    };
}
