using Inkstone.Diagrams.Internal.Layout;
using Inkstone.Diagrams.Internal.Svg;
using Inkstone.Diagrams.Internal.Text;

namespace Inkstone.Diagrams.Internal.Flowchart;

/// <summary>
/// Where a cluster's title goes along its top band: centred unless an edge crosses the band there, else slid to the
/// nearest place where no edge crosses it. When no place is wide enough, <see cref="Deficit"/> says how much wider
/// the cluster must be, and the renderer lays the chart out again with that much more padding.
/// </summary>
internal static class ClusterTitlePlacer
{
    /// <summary>The title's baseline band: its middle lies this far below the cluster's top.</summary>
    public const double TitleMiddle = 14;

    private const double Gap = 6;

    /// <summary>Titles are set in bold, about this much wider than the regular advance widths measure.</summary>
    private const double BoldWidth = 1.08;

    public static double Place(Rect box, IReadOnlyList<string> title, IEnumerable<IReadOnlyList<Point>> edges) => Solve(box, title, edges).X;

    public static double Deficit(Rect box, IReadOnlyList<string> title, IEnumerable<IReadOnlyList<Point>> edges) => Solve(box, title, edges).Deficit;

    private static (double X, double Deficit) Solve(Rect box, IReadOnlyList<string> title, IEnumerable<IReadOnlyList<Point>> edges)
    {
        var width = TextMetrics.Width(title) * BoldWidth;
        var centre = box.X + box.Width / 2;
        var half = title.Count * TextMetrics.LineHeight / 2;
        var (top, bottom) = (box.Y + TitleMiddle - half, box.Y + TitleMiddle + half);
        var blocked = new List<(double From, double To)>();
        foreach (var points in edges)
        {
            for (var i = 0; i + 1 < points.Count; i++)
            {
                if (Across(points[i], points[i + 1], top, bottom) is { } span)
                {
                    blocked.Add((span.From - Gap, span.To + Gap));
                }
            }
        }

        var (left, right) = (box.X + Gap, box.Right - Gap);
        if (blocked.Count == 0)
        {
            return (centre, 0);
        }

        // The free stretches of the band, between the edges' crossings.
        blocked.Sort((a, b) => a.From.CompareTo(b.From));
        var free = new List<(double From, double To)>();
        var at = left;
        foreach (var (from, to) in blocked)
        {
            if (from > at)
            {
                free.Add((at, System.Math.Min(from, right)));
            }

            at = System.Math.Max(at, to);
        }

        if (at < right)
        {
            free.Add((at, right));
        }

        var best = double.NaN;
        foreach (var (from, to) in free.Where(f => f.To - f.From >= width))
        {
            var x = System.Math.Clamp(centre, from + width / 2, to - width / 2);
            if (double.IsNaN(best) || System.Math.Abs(x - centre) < System.Math.Abs(best - centre))
            {
                best = x;
            }
        }

        if (!double.IsNaN(best))
        {
            return (best, 0);
        }

        var widest = free.Count == 0 ? 0 : free.Max(f => f.To - f.From);
        return (centre, width - widest);
    }

    /// <summary>The stretch across the page that a segment covers within a horizontal band, or null when it misses the band.</summary>
    private static (double From, double To)? Across(Point a, Point b, double top, double bottom)
    {
        if (System.Math.Max(a.Y, b.Y) < top || System.Math.Min(a.Y, b.Y) > bottom)
        {
            return null;
        }

        if (System.Math.Abs(b.Y - a.Y) < 1e-9)
        {
            return (System.Math.Min(a.X, b.X), System.Math.Max(a.X, b.X));
        }

        double XAt(double y) => a.X + (b.X - a.X) * (System.Math.Clamp(y, System.Math.Min(a.Y, b.Y), System.Math.Max(a.Y, b.Y)) - a.Y) / (b.Y - a.Y);
        var (x1, x2) = (XAt(top), XAt(bottom));
        return (System.Math.Min(x1, x2), System.Math.Max(x1, x2));
    }
}
