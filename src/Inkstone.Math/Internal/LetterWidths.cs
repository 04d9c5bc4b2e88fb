using System.Globalization;

namespace Inkstone.Math.Internal;

/// <summary>
/// The widths TeX's fonts give the double-struck capitals (msbm, amsfonts' <c>\mathbb</c>) and a few calligraphic ones
/// (cmsy's <c>\mathcal</c>) where Latin Modern Math draws its letter at least 0.05em narrower: the letter is set in an
/// <c>mpadded</c> that wide, centred, so what follows <c>\mathbb{E}</c> or <c>\mathcal{O}</c> stands where it does in TeX.
/// Narrower TeX letters are left alone: a box narrower than its glyph would let the neighbours overlap it.
/// </summary>
internal static class LetterWidths
{
    /// <summary>The letter in a box of TeX's width, or the letter itself.</summary>
    public static MathNode Boxed(MathNode letter, int capital, MathFont font)
    {
        var widths = font switch
        {
            MathFont.DoubleStruck => DoubleStruck(capital),
            MathFont.Script => Calligraphic(capital),
            _ => default,
        };
        if (widths.Tex == 0)
        {
            return letter;
        }
        var width = widths.Tex.ToString("0.###", CultureInfo.InvariantCulture);
        var lspace = ((widths.Tex - widths.Font) / 2).ToString("0.###", CultureInfo.InvariantCulture);
        return new MathNode("mpadded", [letter], letter.Class, $" width=\"{width}em\" lspace=\"{lspace}em\"");
    }

    /// <summary>msbm10's width and Latin Modern Math's, in em.</summary>
    private static (double Tex, double Font) DoubleStruck(int capital) => capital switch
    {
        'A' => (0.722, 0.611),
        'C' => (0.722, 0.667),
        'E' => (0.667, 0.611),
        'G' => (0.778, 0.667),
        'H' => (0.778, 0.722),
        'I' => (0.389, 0.334),
        'K' => (0.778, 0.639),
        'L' => (0.667, 0.611),
        'M' => (0.944, 0.722),
        'O' or 'Q' => (0.778, 0.667),
        'R' => (0.722, 0.639),
        'T' => (0.667, 0.611),
        'V' or 'Y' => (0.722, 0.611),
        'W' => (1.0, 0.833),
        'X' => (0.722, 0.667),
        _ => default,
    };

    /// <summary>cmsy10's width and Latin Modern Math's script letter's, in em.</summary>
    private static (double Tex, double Font) Calligraphic(int capital) => capital switch
    {
        'M' => (1.201, 1.149),
        'O' => (0.796, 0.699),
        'Q' => (0.817, 0.716),
        _ => default,
    };
}
