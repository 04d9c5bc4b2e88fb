using System.Text;

namespace Inkstone.Diagrams.Internal.Svg;

/// <summary>
/// Arrowheads drawn as paths at an edge's end rather than as SVG markers: a marker needs an id shared across
/// the page and cannot take the edge's CSS class in every browser, a path is styled like any other shape.
/// </summary>
internal static class Arrowheads
{
    /// <summary>The triangle whose tip is at <paramref name="tip"/>, pointing away from <paramref name="from"/>.</summary>
    public static string Triangle(Point from, Point tip, double length = 9, double halfWidth = 4.5)
    {
        var (ux, uy, nx, ny) = Axes(from, tip);
        var baseX = tip.X - ux * length;
        var baseY = tip.Y - uy * length;
        return $"M{N(tip.X)},{N(tip.Y)}L{N(baseX + nx * halfWidth)},{N(baseY + ny * halfWidth)}L{N(baseX - nx * halfWidth)},{N(baseY - ny * halfWidth)}Z";
    }

    /// <summary>A diamond whose far point is at <paramref name="tip"/>: composition (filled) and aggregation (hollow).</summary>
    public static string Diamond(Point from, Point tip, double length = 16, double halfWidth = 5)
    {
        var (ux, uy, nx, ny) = Axes(from, tip);
        var midX = tip.X - ux * length / 2;
        var midY = tip.Y - uy * length / 2;
        return $"M{N(tip.X)},{N(tip.Y)}L{N(midX + nx * halfWidth)},{N(midY + ny * halfWidth)}L{N(tip.X - ux * length)},{N(tip.Y - uy * length)}L{N(midX - nx * halfWidth)},{N(midY - ny * halfWidth)}Z";
    }

    /// <summary>An open (two-stroke) arrowhead, Mermaid's asynchronous message.</summary>
    public static string Open(Point from, Point tip, double length = 9, double halfWidth = 4.5)
    {
        var (ux, uy, nx, ny) = Axes(from, tip);
        var baseX = tip.X - ux * length;
        var baseY = tip.Y - uy * length;
        return $"M{N(baseX + nx * halfWidth)},{N(baseY + ny * halfWidth)}L{N(tip.X)},{N(tip.Y)}L{N(baseX - nx * halfWidth)},{N(baseY - ny * halfWidth)}";
    }

    /// <summary>A cross centred a little before the tip.</summary>
    public static string Cross(Point from, Point tip, double size = 4.5)
    {
        var (ux, uy, _, _) = Axes(from, tip);
        var cx = tip.X - ux * size;
        var cy = tip.Y - uy * size;
        var d = new StringBuilder();
        d.Append($"M{N(cx - size)},{N(cy - size)}L{N(cx + size)},{N(cy + size)}");
        d.Append($"M{N(cx - size)},{N(cy + size)}L{N(cx + size)},{N(cy - size)}");
        return d.ToString();
    }

    /// <summary>The centre of the circle end (<c>--o</c>), radius 4, touching the tip.</summary>
    public static Point CircleCentre(Point from, Point tip, double radius = 4)
    {
        var (ux, uy, _, _) = Axes(from, tip);
        return new Point(tip.X - ux * radius, tip.Y - uy * radius);
    }

    private static (double Ux, double Uy, double Nx, double Ny) Axes(Point from, Point tip)
    {
        var dx = tip.X - from.X;
        var dy = tip.Y - from.Y;
        var length = System.Math.Sqrt(dx * dx + dy * dy);
        if (length < 1e-9)
        {
            return (0, 1, -1, 0);
        }

        var ux = dx / length;
        var uy = dy / length;
        return (ux, uy, -uy, ux);
    }

    private static string N(double value) => SvgText.Number(value);
}
