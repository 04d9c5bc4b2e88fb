namespace Inkstone.Math.Internal;

/// <summary>
/// The alphabets of Unicode's Mathematical Alphanumeric Symbols block, plus plain upright and TeX's text italic
/// (<c>\mathit</c>, <c>\textit</c>: cmti's letters, which are narrower than the math italic's and set without
/// its italic corrections; drawn by math.css in Latin Modern Roman Italic).
/// </summary>
internal enum MathFont : byte
{
    Default,
    Upright,
    Bold,
    Italic,
    BoldItalic,
    Script,
    BoldScript,
    Fraktur,
    BoldFraktur,
    DoubleStruck,
    SansSerif,
    SansSerifBold,
    SansSerifItalic,
    SansSerifBoldItalic,
    Monospace,
    TextItalic,
}
