namespace Inkstone.Math.Internal;

/// <summary>
/// The advance widths of Latin Modern Math's size variants of the delimiters, for <c>\big</c> (1.2em), <c>\Big</c>
/// (1.8em), <c>\bigg</c> (2.4em) and <c>\Bigg</c> (3em): the widths of Computer Modern's cmex10 glyphs, which the
/// font copies and KaTeX's Size1–Size4 fonts draw. Chromium gives a stretchy <c>mo</c> the width of the widest
/// variant or assembly piece of its character (0.875em for a parenthesis, 2.5em for a slash) whatever size it
/// draws, so the compiler, which knows the size, narrows the box to the glyph with <c>mpadded</c>.
/// </summary>
internal static class DelimiterWidths
{
    /// <summary>Width of the variant for size 1–4, or null when the character is not in the table (bars keep one width).</summary>
    public static string? Of(string delimiter, int size) => (delimiter, size) switch
    {
        ("(" or ")", 1) => "0.458em",
        ("(" or ")", 2) => "0.597em",
        ("(" or ")", 3) => "0.736em",
        ("(" or ")", 4) => "0.792em",
        ("[" or "]", 1) => "0.417em",
        ("[" or "]", 2) => "0.472em",
        ("[" or "]", 3) => "0.528em",
        ("[" or "]", 4) => "0.583em",
        ("{" or "}", 1) => "0.583em",
        ("{" or "}", 2) => "0.667em",
        ("{" or "}", 3) => "0.75em",
        ("{" or "}", 4) => "0.806em",
        ("⟨" or "⟩", 1) => "0.472em",
        ("⟨" or "⟩", 2) => "0.556em",
        ("⟨" or "⟩", 3) => "0.75em",
        ("⟨" or "⟩", 4) => "0.806em",
        ("⌊" or "⌋" or "⌈" or "⌉", 1) => "0.472em",
        ("⌊" or "⌋" or "⌈" or "⌉", 2) => "0.528em",
        ("⌊" or "⌋" or "⌈" or "⌉", 3) => "0.583em",
        ("⌊" or "⌋" or "⌈" or "⌉", 4) => "0.639em",
        ("/", 1) => "0.578em",
        ("/", 2) => "0.806em",
        ("/", 3) => "1.044em",
        ("/", 4) => "1.278em",
        _ => null,
    };

    /// <summary>
    /// TeX draws a | or ‖ taller than the text glyph from cmex10's extensible bars, 0.333em and 0.556em wide at every
    /// size, where Latin Modern Math's are 0.278em and 0.398em: the box gets TeX's width, the glyph its middle.
    /// </summary>
    public static (string Width, string Indent)? OfBar(string delimiter) => delimiter switch
    {
        "|" => ("0.333em", "0.0275em"),
        "‖" => ("0.556em", "0.079em"),
        _ => null,
    };

    /// <summary>
    /// A delimiter drawn at size 1–4 (or, for the bars, any size above the text glyph) in a box as wide as TeX's glyph;
    /// the delimiter itself when its width is the browser's already.
    /// </summary>
    public static MathNode Narrowed(MathNode delimiter, int size)
    {
        var text = delimiter.Text ?? "";
        if (OfBar(text) is var (barWidth, indent))
        {
            return new MathNode("mpadded", [delimiter], delimiter.Class, $" width=\"{barWidth}\" lspace=\"{indent}\"") { IsStretchyFence = delimiter.IsStretchyFence };
        }
        if (Of(text, size) is not { } width)
        {
            return delimiter;
        }
        // The operator itself gets the width too: Chromium draws the glyph in the middle of the operator's box, which
        // would otherwise stay as wide as the widest variant and put the glyph half outside the narrowed box.
        delimiter.AddAttribute($" style=\"width:{width}\"");
        return new MathNode("mpadded", [delimiter], delimiter.Class, $" width=\"{width}\"") { IsStretchyFence = delimiter.IsStretchyFence };
    }

    /// <summary>The size (1–4) of a <c>\big</c>-family height, as the command table spells it.</summary>
    public static int SizeOf(string height) => height switch
    {
        "1.2em" => 1,
        "1.8em" => 2,
        "2.4em" => 3,
        _ => 4,
    };
}
