namespace Inkstone.Math.Internal;

/// <summary>The alphabets of Unicode's Mathematical Alphanumeric Symbols block, plus plain upright.</summary>
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
}
