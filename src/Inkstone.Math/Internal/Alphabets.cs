namespace Inkstone.Math.Internal;

/// <summary>Maps letters and digits to the Mathematical Alphanumeric Symbols (U+1D400..), filling the block's holes with the Letterlike Symbols they stand for.</summary>
internal static class Alphabets
{
    // First code point of capital A, small a and digit 0 for each font; 0 means "no such alphabet".
    private static readonly (int Capital, int Small, int Digit, int GreekCapital, int GreekSmall)[] Starts =
    [
        (0, 0, 0, 0, 0),                   // Default
        (0, 0, 0, 0, 0),                   // Upright
        (0x1D400, 0x1D41A, 0x1D7CE, 0x1D6A8, 0x1D6C2), // Bold
        (0x1D434, 0x1D44E, 0, 0x1D6E2, 0x1D6FC),       // Italic
        (0x1D468, 0x1D482, 0x1D7CE, 0x1D71C, 0x1D736), // BoldItalic
        (0x1D49C, 0x1D4B6, 0, 0, 0),       // Script
        (0x1D4D0, 0x1D4EA, 0x1D7CE, 0, 0), // BoldScript
        (0x1D504, 0x1D51E, 0, 0, 0),       // Fraktur
        (0x1D56C, 0x1D586, 0x1D7CE, 0, 0), // BoldFraktur
        (0x1D538, 0x1D552, 0x1D7D8, 0, 0), // DoubleStruck
        (0x1D5A0, 0x1D5BA, 0x1D7E2, 0, 0), // SansSerif
        (0x1D5D4, 0x1D5EE, 0x1D7EC, 0x1D756, 0x1D770), // SansSerifBold
        (0x1D608, 0x1D622, 0x1D7E2, 0, 0), // SansSerifItalic
        (0x1D63C, 0x1D656, 0x1D7EC, 0x1D790, 0x1D7AA), // SansSerifBoldItalic
        (0x1D670, 0x1D68A, 0x1D7F6, 0, 0), // Monospace
        (0, 0, 0, 0x1D6E2, 0x1D6FC),       // TextItalic: Latin letters and digits stay plain, drawn by the text italic font
    ];

    // Greek order inside the block after the 25 letters: capitals end with nabla; smalls end with these variants.
    private const string GreekSmallTail = "\u2202\u03F5\u03D1\u03F0\u03D5\u03F1\u03D6";

    /// <summary>The styled code point for <paramref name="codePoint"/>, or the code point itself when the font has no such letter.</summary>
    public static int Map(int codePoint, MathFont font)
    {
        var (capital, small, digit, greekCapital, greekSmall) = Starts[(int)font];
        if (codePoint is >= 'A' and <= 'Z' && capital != 0)
        {
            return Hole(capital + codePoint - 'A');
        }
        if (codePoint is >= 'a' and <= 'z' && small != 0)
        {
            return Hole(small + codePoint - 'a');
        }
        if (codePoint is >= '0' and <= '9' && digit != 0)
        {
            return digit + codePoint - '0';
        }
        if (greekCapital != 0)
        {
            if (codePoint is >= 0x391 and <= 0x3A9)
            {
                return greekCapital + codePoint - 0x391;
            }
            if (codePoint == 0x3F4)
            {
                return greekCapital + 17;
            }
            if (codePoint == 0x2207)
            {
                return greekCapital + 25;
            }
            if (codePoint is >= 0x3B1 and <= 0x3C9)
            {
                return greekSmall + codePoint - 0x3B1;
            }
            var tail = GreekSmallTail.IndexOf((char)codePoint, StringComparison.Ordinal);
            if (codePoint < 0x10000 && tail >= 0)
            {
                return greekSmall + 25 + tail;
            }
        }
        return codePoint;
    }

    // Letters that Unicode had encoded before the block exist only in Letterlike Symbols.
    private static int Hole(int codePoint) => codePoint switch
    {
        0x1D455 => 0x210E, // italic h
        0x1D49D => 0x212C,
        0x1D4A0 => 0x2130,
        0x1D4A1 => 0x2131,
        0x1D4A3 => 0x210B,
        0x1D4A4 => 0x2110,
        0x1D4A7 => 0x2112,
        0x1D4A8 => 0x2133,
        0x1D4AD => 0x211B,
        0x1D4BA => 0x212F,
        0x1D4BC => 0x210A,
        0x1D4C4 => 0x2134,
        0x1D506 => 0x212D,
        0x1D50B => 0x210C,
        0x1D50C => 0x2111,
        0x1D515 => 0x211C,
        0x1D51D => 0x2128,
        0x1D53A => 0x2102,
        0x1D53F => 0x210D,
        0x1D545 => 0x2115,
        0x1D547 => 0x2119,
        0x1D548 => 0x211A,
        0x1D549 => 0x211D,
        0x1D551 => 0x2124,
        _ => codePoint,
    };
}
