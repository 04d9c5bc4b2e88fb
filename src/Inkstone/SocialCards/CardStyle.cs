using System.Globalization;
using System.Text;
using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.SocialCards;

/// <summary>
/// What a card is drawn in: the theme's font family (a Pango list, CJK faces before the generic one) and its light
/// palette, as the theme's <c>social-card.yml</c> gives them; <see cref="FontFile"/> is a file that family is in.
/// </summary>
internal sealed record CardStyle(string Font, string Background, string Text, string Muted, string Accent, string? FontFile = null)
{
    /// <summary>What the default theme's file says, for a theme whose file is missing or leaves a key out.</summary>
    public static CardStyle Default { get; } = new("Noto Sans CJK SC, WenQuanYi Micro Hei, sans", "#fbfaf7", "#1f2328", "#5a616b", "#9a3412");

    public const string FileName = "social-card.yml";

    /// <summary>The style a theme's <c>social-card.yml</c> describes, over <see cref="Default"/>; a colour that is not <c>#rrggbb</c> keeps the default.</summary>
    public static CardStyle Read(byte[]? file)
    {
        if (file is null)
        {
            return Default;
        }

        var source = new SourceText("theme/" + FileName, Encoding.UTF8.GetString(file));
        var map = YamlDataReader.Read(source, source.Text, 1, new DiagnosticBag());
        string Value(string key, string basis, bool colour = false) =>
            map[key] is DataScalar { Text: { Length: > 0 } text } && (!colour || IsColour(text)) ? text : basis;
        return new CardStyle(Value("font", Default.Font), Value("background", Default.Background, true), Value("text", Default.Text, true),
            Value("muted", Default.Muted, true), Value("accent", Default.Accent, true));
    }

    /// <summary>A colour as libvips draws it: its red, green and blue.</summary>
    public static double[] Rgb(string colour) =>
        [.. Enumerable.Range(0, 3).Select(i => (double)int.Parse(colour.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture))];

    private static bool IsColour(string text) =>
        text.Length == 7 && text[0] == '#' && text.AsSpan(1).ContainsAnyExcept("0123456789abcdefABCDEF") is false;
}
