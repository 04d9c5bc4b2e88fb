using System.Globalization;
using System.Text.RegularExpressions;

namespace Inkstone.Diagrams.Internal.Sequence;

/// <summary>The theme tint a <c>box</c>'s colour is drawn with: its hue family, so the theme paints it for light and dark.</summary>
internal enum BoxTint
{
    None,
    Grey,
    Red,
    Orange,
    Yellow,
    Green,
    Blue,
    Purple,
}

/// <summary>
/// Reads a <c>box</c> line as Mermaid does: a first word that is a CSS colour (a name, or <c>rgb()</c>/<c>rgba()</c>/<c>hsl()</c>/<c>hsla()</c>)
/// is the colour and the rest the title; otherwise all of it is the title and the box is transparent. The colour is never
/// written into the SVG: its hue picks one of the theme's tints, which the stylesheet gives a light and a dark value.
/// </summary>
internal static partial class BoxColour
{
    /// <summary>CSS's named colours with their sRGB values.</summary>
    private static readonly Dictionary<string, int> Named = Table(
        "aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff beige f5f5dc "
        + "bisque ffe4c4 black 000000 blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a "
        + "burlywood deb887 cadetblue 5f9ea0 chartreuse 7fff00 chocolate d2691e coral ff7f50 "
        + "cornflowerblue 6495ed cornsilk fff8dc crimson dc143c cyan 00ffff darkblue 00008b darkcyan 008b8b "
        + "darkgoldenrod b8860b darkgray a9a9a9 darkgreen 006400 darkgrey a9a9a9 darkkhaki bdb76b "
        + "darkmagenta 8b008b darkolivegreen 556b2f darkorange ff8c00 darkorchid 9932cc darkred 8b0000 "
        + "darksalmon e9967a darkseagreen 8fbc8f darkslateblue 483d8b darkslategray 2f4f4f "
        + "darkslategrey 2f4f4f darkturquoise 00ced1 darkviolet 9400d3 deeppink ff1493 deepskyblue 00bfff "
        + "dimgray 696969 dimgrey 696969 dodgerblue 1e90ff firebrick b22222 floralwhite fffaf0 "
        + "forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff gold ffd700 "
        + "goldenrod daa520 gray 808080 green 008000 greenyellow adff2f grey 808080 honeydew f0fff0 "
        + "hotpink ff69b4 indianred cd5c5c indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa "
        + "lavenderblush fff0f5 lawngreen 7cfc00 lemonchiffon fffacd lightblue add8e6 lightcoral f08080 "
        + "lightcyan e0ffff lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3 "
        + "lightpink ffb6c1 lightsalmon ffa07a lightseagreen 20b2aa lightskyblue 87cefa "
        + "lightslategray 778899 lightslategrey 778899 lightsteelblue b0c4de lightyellow ffffe0 lime 00ff00 "
        + "limegreen 32cd32 linen faf0e6 magenta ff00ff maroon 800000 mediumaquamarine 66cdaa "
        + "mediumblue 0000cd mediumorchid ba55d3 mediumpurple 9370db mediumseagreen 3cb371 "
        + "mediumslateblue 7b68ee mediumspringgreen 00fa9a mediumturquoise 48d1cc mediumvioletred c71585 "
        + "midnightblue 191970 mintcream f5fffa mistyrose ffe4e1 moccasin ffe4b5 navajowhite ffdead "
        + "navy 000080 oldlace fdf5e6 olive 808000 olivedrab 6b8e23 orange ffa500 orangered ff4500 "
        + "orchid da70d6 palegoldenrod eee8aa palegreen 98fb98 paleturquoise afeeee palevioletred db7093 "
        + "papayawhip ffefd5 peachpuff ffdab9 peru cd853f pink ffc0cb plum dda0dd powderblue b0e0e6 "
        + "purple 800080 rebeccapurple 663399 red ff0000 rosybrown bc8f8f royalblue 4169e1 "
        + "saddlebrown 8b4513 salmon fa8072 sandybrown f4a460 seagreen 2e8b57 seashell fff5ee sienna a0522d "
        + "silver c0c0c0 skyblue 87ceeb slateblue 6a5acd slategray 708090 slategrey 708090 snow fffafa "
        + "springgreen 00ff7f steelblue 4682b4 tan d2b48c teal 008080 thistle d8bfd8 tomato ff6347 "
        + "turquoise 40e0d0 violet ee82ee wheat f5deb3 white ffffff whitesmoke f5f5f5 yellow ffff00 "
        + "yellowgreen 9acd32");

    public static (BoxTint Tint, string Label) Read(string text)
    {
        var match = Syntax().Match(text.Trim());
        var colour = match.Groups["colour"].Value;
        var rest = match.Groups["rest"].Value.Trim();
        if (colour.Length == 0)
        {
            return (BoxTint.None, rest);
        }

        if (colour.Equals("transparent", StringComparison.OrdinalIgnoreCase))
        {
            return (BoxTint.None, rest);
        }

        if (Named.TryGetValue(colour.ToLowerInvariant(), out var rgb))
        {
            return (Tint((rgb >> 16) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0), rest);
        }

        return colour.EndsWith(')') && Functional(colour) is { } tint ? (tint, rest) : (BoxTint.None, text.Trim());
    }

    /// <summary><c>rgb(r, g, b[, a])</c> or <c>hsl(h, s%, l%[, a])</c>, commas or spaces, numbers or percentages; null when not a colour.</summary>
    private static BoxTint? Functional(string colour)
    {
        var open = colour.IndexOf('(', StringComparison.Ordinal);
        var name = colour[..open].Trim().ToLowerInvariant();
        var parts = colour[(open + 1)..^1].Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is < 3 or > 4)
        {
            return null;
        }

        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].TrimEnd('%');
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                return null;
            }

            if (parts[i].EndsWith('%'))
            {
                values[i] = name.StartsWith("rgb", StringComparison.Ordinal) && i < 3 ? values[i] * 2.55 : values[i] / 100;
            }
        }

        if (parts.Length == 4 && values[3] <= 0)
        {
            return BoxTint.None;
        }

        if (name.StartsWith("rgb", StringComparison.Ordinal))
        {
            return Tint(values[0] / 255, values[1] / 255, values[2] / 255);
        }

        // hsl: saturation and lightness were written as percentages, now fractions.
        return Family(values[0], values[1], values[2]);
    }

    private static BoxTint Tint(double r, double g, double b)
    {
        var max = System.Math.Max(r, System.Math.Max(g, b));
        var min = System.Math.Min(r, System.Math.Min(g, b));
        var lightness = (max + min) / 2;
        var chroma = max - min;
        var saturation = chroma == 0 ? 0 : chroma / (1 - System.Math.Abs(2 * lightness - 1));
        var hue = chroma == 0 ? 0
            : max == r ? 60 * (((g - b) / chroma % 6 + 6) % 6)
            : max == g ? 60 * ((b - r) / chroma + 2)
            : 60 * ((r - g) / chroma + 4);
        return Family(hue, saturation, lightness);
    }

    private static BoxTint Family(double hue, double saturation, double lightness)
    {
        if (saturation < 0.2 || lightness < 0.08 || lightness > 0.97)
        {
            return BoxTint.Grey;
        }

        hue = (hue % 360 + 360) % 360;
        return hue switch
        {
            < 15 or >= 340 => BoxTint.Red,
            < 40 => BoxTint.Orange,
            < 70 => BoxTint.Yellow,
            < 165 => BoxTint.Green,
            < 255 => BoxTint.Blue,
            _ => BoxTint.Purple,
        };
    }

    private static Dictionary<string, int> Table(string pairs)
    {
        var words = pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < words.Length; i += 2)
        {
            table[words[i]] = int.Parse(words[i + 1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }

        return table;
    }

    [GeneratedRegex(@"^(?<colour>(?:rgba?|hsla?)\s*\(.*\)|[A-Za-z0-9_]*)(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Syntax();
}
