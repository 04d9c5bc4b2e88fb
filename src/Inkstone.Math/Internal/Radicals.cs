using System.Globalization;

namespace Inkstone.Math.Internal;

/// <summary>
/// Lays out <c>\sqrt</c> and <c>\sqrt[n]</c> as TeX does where Chromium does not. Chromium makes a radical as wide as
/// its radicand plus its widest surd (1.056em), whatever surd it draws, which leaves 0.223em after a small one: the
/// stylesheet takes that back, and the compiler marks the radicals TeX draws with a big surd (<c>ink-surd-big</c>,
/// 1em wide). An <c>mroot</c> keeps at least the surd's width after its index, where TeX's <c>\mkern5mu</c>…<c>\mkern-10mu</c>
/// tucks a narrow index into the surd's slope (the stylesheet moves the root left and its index right to make up for
/// it), and raises the index's bottom by 60 % of the surd where TeX raises its baseline by 60 % of the radical's height
/// less its depth: the index's <c>mpadded</c> moves it by the difference.
/// </summary>
internal static class Radicals
{
    private const double RuleWidth = 0.04;
    private const double XHeight = 0.431;

    /// <summary>Latin Modern Math's gap above the radicand, in text and display style, and the ascender above the rule.</summary>
    private const double FontGap = 0.05;
    private const double FontDisplayGap = 0.148;
    private const double FontAscender = 0.04;

    /// <summary>The heights of TeX's surds: the text size, its four big sizes; taller ones are built.</summary>
    private static readonly double[] SurdHeights = [1.0, 1.2, 1.8, 2.4, 3.0];

    /// <summary>Latin Modern Math's surds, which Chromium picks the first of that covers the radicand, gap and rule.</summary>
    private static readonly double[] FontSurdHeights = [1.01, 1.21, 1.81, 2.41, 3.01];

    /// <summary>The box of a radical around <paramref name="radicand"/>: TeX's surd, the radicand centred in it.</summary>
    public static BoxEstimate Box(BoxEstimate radicand, int style)
    {
        var (surd, height) = TexSurd(radicand, style, out _);
        return new BoxEstimate(height, surd - height);
    }

    /// <summary>TeX's surd height around the radicand (with KaTeX's 0.08em pad), the radical's height above the baseline, and the size chosen.</summary>
    private static (double Surd, double Height) TexSurd(BoxEstimate radicand, int style, out int size)
    {
        var inside = radicand.Height + radicand.Depth;
        // The clearance above the radicand: the rule's width plus a quarter of it, or of the x-height in display style;
        // it grows to centre the radicand in a taller surd.
        var clearance = RuleWidth + ((style == MathStyle.Display ? XHeight : RuleWidth) / 4);
        var needed = inside + clearance + RuleWidth;
        size = Array.FindIndex(SurdHeights, height => needed <= height + 0.001);
        var surd = (size < 0 ? needed : SurdHeights[size]) + 0.08;
        if (surd - RuleWidth > inside + clearance)
        {
            clearance = (clearance + surd - RuleWidth - inside) / 2;
        }
        return (surd, radicand.Height + clearance + RuleWidth);
    }

    /// <summary>Marks a big surd and places a root's index; called with the radical's style.</summary>
    public static void Apply(MathNode radical, int style)
    {
        var radicand = BoxEstimate.Of(radical.Children![0], style);
        var inside = radicand.Height + radicand.Depth;
        var (surd, height) = TexSurd(radicand, style, out var size);
        if (size is >= 1 and <= 4)
        {
            radical.AddAttribute(" class=\"ink-surd-big\"");
        }
        else if (size == 0 && inside + (style == MathStyle.Display ? FontDisplayGap : FontGap) + RuleWidth > FontSurdHeights[0] - 0.15)
        {
            // Chromium sizes the surd by the radicand's box, which its script shifts (deeper than TeX's, and moved back up
            // by voffset, which leaves the box alone) and accents make taller than TeX's: near the small surd's limit it
            // would draw a big one. The radicand is given TeX's height and depth.
            radical.Children[0] = new MathNode("mpadded", [radical.Children[0]], AtomClass.Ord,
                $" height=\"{Em(radicand.Height)}\" depth=\"{Em(radicand.Depth)}\"");
        }
        if (radical.Element != "mroot")
        {
            return;
        }

        // TeX raises the index's baseline by 60 % of the radical's height above the baseline less its depth below.
        var texRaise = 0.6 * (height - (surd - height));

        // Chromium: the surd covers the radicand, gap and rule, what is left over goes below, and the index's bottom
        // rises by 60 % of the surd from the radical's bottom.
        var gap = style == MathStyle.Display ? FontDisplayGap : FontGap;
        var covered = inside + gap + RuleWidth;
        var fontSurd = Array.Find(FontSurdHeights, height => covered <= height) is > 0 and var found ? found : covered;
        var depth = System.Math.Max(radicand.Depth, fontSurd - covered + radicand.Depth);
        var indexStyle = MathStyle.ScriptScript;
        var scale = MathStyle.Scale(indexStyle) / MathStyle.Scale(style);
        var indexDepth = BoxEstimate.Of(radical.Children[1], indexStyle).Depth * scale;
        var chromiumRaise = (0.6 * fontSurd) - depth + indexDepth;
        var shift = (texRaise - chromiumRaise) / scale;
        // The shift is Chromium's to TeX's, so math.css applies it in Chromium only (Firefox places the index by its own rule).
        radical.Children[1] = new MathNode("mpadded", [radical.Children[1]], AtomClass.Ord,
            $" class=\"ink-root-index\" style=\"--ink-index-raise:{Em(shift)}\"");
    }

    private static string Em(double length) => length.ToString("0.###", CultureInfo.InvariantCulture) + "em";
}
