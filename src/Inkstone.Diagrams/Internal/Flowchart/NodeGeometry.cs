using Inkstone.Diagrams.Internal.Svg;
using Inkstone.Diagrams.Internal.Text;

namespace Inkstone.Diagrams.Internal.Flowchart;

/// <summary>
/// A node's size for its label and shape, its outline as SVG, and where a line from its centre crosses that
/// outline (so edges end on the border, not at the centre or in the air).
/// </summary>
internal static class NodeGeometry
{
    private const double PadX = 16;
    private const double PadY = 10;

    public static (double Width, double Height) Size(FlowNode node) =>
        node.Members is { } members ? ClassBox.Size(members) : Size(node.Shape, node.Label);

    public static (double Width, double Height) Size(NodeShape shape, IReadOnlyList<string> label)
    {
        var textWidth = TextMetrics.Width(label);
        var textHeight = label.Count * TextMetrics.LineHeight;
        var w = textWidth + 2 * PadX;
        var h = textHeight + 2 * PadY;
        switch (shape)
        {
            case NodeShape.StateStart or NodeShape.StateEnd:
                return (14, 14);
            case NodeShape.ForkBar:
                return (70, 8);
            case NodeShape.ForkBarAcross:
                return (8, 70);
            case NodeShape.Rhombus when label.Count == 0:
                return (28, 28);
            case NodeShape.Circle:
                var d = System.Math.Max(textWidth, textHeight) + 2 * PadY;
                return (d, d);
            case NodeShape.DoubleCircle:
                var dd = System.Math.Max(textWidth, textHeight) + 2 * PadY + 10;
                return (dd, dd);
            case NodeShape.Rhombus:
                {
                    // A diamond holds a box of half-sizes (p, q) when p/a + q/b ≤ 1; with a = 1.6 b, a = p + 1.6 q.
                    var a = textWidth / 2 + 6 + 1.6 * (textHeight / 2 + 6);
                    return (2 * a, 2 * a / 1.6);
                }

            case NodeShape.Hexagon:
                return (w + h / 2, h);
            case NodeShape.Parallelogram or NodeShape.ParallelogramAlt or NodeShape.Trapezoid or NodeShape.TrapezoidAlt:
                return (w + h, h);
            case NodeShape.Stadium:
                return (w + h / 2, h);
            case NodeShape.Subroutine:
                return (w + 16, h);
            case NodeShape.Cylinder:
                return (w, h + 2 * CylinderCap(w));
            case NodeShape.Asymmetric:
                return (w + h / 2, h);
            default:
                return (System.Math.Max(w, 40), h);
        }
    }

    private static double CylinderCap(double width) => width / 2 / (2.5 + width / 50);

    /// <summary>The outline as a polygon around (0, 0), curves approximated, for edge clipping.</summary>
    public static IReadOnlyList<Point> Outline(NodeShape shape, double w, double h)
    {
        double l = -w / 2, r = w / 2, t = -h / 2, b = h / 2;
        switch (shape)
        {
            case NodeShape.Circle or NodeShape.DoubleCircle or NodeShape.StateStart or NodeShape.StateEnd:
                return Ellipse(w / 2, h / 2);
            case NodeShape.Rhombus:
                return [new(0, t), new(r, 0), new(0, b), new(l, 0)];
            case NodeShape.Hexagon:
                return [new(l + h / 4, t), new(r - h / 4, t), new(r, 0), new(r - h / 4, b), new(l + h / 4, b), new(l, 0)];
            case NodeShape.Parallelogram:
                return [new(l + h / 2, t), new(r, t), new(r - h / 2, b), new(l, b)];
            case NodeShape.ParallelogramAlt:
                return [new(l, t), new(r - h / 2, t), new(r, b), new(l + h / 2, b)];
            case NodeShape.Trapezoid:
                return [new(l + h / 2, t), new(r - h / 2, t), new(r, b), new(l, b)];
            case NodeShape.TrapezoidAlt:
                return [new(l, t), new(r, t), new(r - h / 2, b), new(l + h / 2, b)];
            case NodeShape.Asymmetric:
                return [new(l, t), new(r, t), new(r, b), new(l, b), new(l + h / 2, 0)];
            case NodeShape.Stadium:
                {
                    var radius = h / 2;
                    var points = new List<Point>();
                    for (var i = 0; i <= 8; i++)
                    {
                        var a = -System.Math.PI / 2 + System.Math.PI * i / 8;
                        points.Add(new(r - radius + radius * System.Math.Cos(a), radius * System.Math.Sin(a)));
                    }

                    for (var i = 0; i <= 8; i++)
                    {
                        var a = System.Math.PI / 2 + System.Math.PI * i / 8;
                        points.Add(new(l + radius + radius * System.Math.Cos(a), radius * System.Math.Sin(a)));
                    }

                    return points;
                }

            default:
                return [new(l, t), new(r, t), new(r, b), new(l, b)];
        }
    }

    private static List<Point> Ellipse(double rx, double ry)
    {
        var points = new List<Point>();
        for (var i = 0; i < 48; i++)
        {
            var a = 2 * System.Math.PI * i / 48;
            points.Add(new Point(rx * System.Math.Cos(a), ry * System.Math.Sin(a)));
        }

        return points;
    }

    /// <summary>Where the segment from the centre towards <paramref name="toward"/> leaves the outline.</summary>
    public static Point Border(NodeShape shape, Point centre, double w, double h, Point toward)
    {
        var dx = toward.X - centre.X;
        var dy = toward.Y - centre.Y;
        if (System.Math.Abs(dx) < 1e-9 && System.Math.Abs(dy) < 1e-9)
        {
            return centre;
        }

        if (shape is NodeShape.Circle or NodeShape.DoubleCircle or NodeShape.StateStart or NodeShape.StateEnd)
        {
            var length = System.Math.Sqrt(dx * dx + dy * dy);
            return new Point(centre.X + dx / length * w / 2, centre.Y + dy / length * h / 2);
        }

        return PolygonBorder(Outline(shape, w, h), centre, toward);
    }

    public static Point PolygonBorder(IReadOnlyList<Point> outline, Point centre, Point toward)
    {
        var dx = toward.X - centre.X;
        var dy = toward.Y - centre.Y;
        var best = double.MaxValue;
        for (var i = 0; i < outline.Count; i++)
        {
            var a = outline[i];
            var b = outline[(i + 1) % outline.Count];
            var ex = b.X - a.X;
            var ey = b.Y - a.Y;
            var denominator = dx * ey - dy * ex;
            if (System.Math.Abs(denominator) < 1e-12)
            {
                continue;
            }

            // centre + t·d = a + s·e, for t > 0 and s in [0, 1].
            var t = (a.X * ey - a.Y * ex) / denominator;
            var s = (a.X * dy - a.Y * dx) / denominator;
            if (t > 0 && s >= -1e-9 && s <= 1 + 1e-9 && t < best)
            {
                best = t;
            }
        }

        return best == double.MaxValue ? centre : new Point(centre.X + dx * best, centre.Y + dy * best);
    }

    /// <summary>The shape's SVG elements, centred on (x, y).</summary>
    public static void Draw(SvgText svg, NodeShape shape, double x, double y, double w, double h)
    {
        string N(double v) => SvgText.Number(v);
        double l = x - w / 2, t = y - h / 2;
        switch (shape)
        {
            case NodeShape.Rect:
                svg.Raw($"<rect class=\"node-shape\" x=\"{N(l)}\" y=\"{N(t)}\" width=\"{N(w)}\" height=\"{N(h)}\"/>");
                break;
            case NodeShape.Round:
                svg.Raw($"<rect class=\"node-shape\" x=\"{N(l)}\" y=\"{N(t)}\" width=\"{N(w)}\" height=\"{N(h)}\" rx=\"6\"/>");
                break;
            case NodeShape.Stadium:
                svg.Raw($"<rect class=\"node-shape\" x=\"{N(l)}\" y=\"{N(t)}\" width=\"{N(w)}\" height=\"{N(h)}\" rx=\"{N(h / 2)}\"/>");
                break;
            case NodeShape.Subroutine:
                svg.Raw($"<rect class=\"node-shape\" x=\"{N(l)}\" y=\"{N(t)}\" width=\"{N(w)}\" height=\"{N(h)}\"/>");
                svg.Raw($"<path class=\"node-line\" d=\"M{N(l + 8)},{N(t)}V{N(t + h)}M{N(l + w - 8)},{N(t)}V{N(t + h)}\"/>");
                break;
            case NodeShape.Cylinder:
                {
                    var cap = CylinderCap(w);
                    var rx = w / 2;
                    var top = t + cap;
                    var bottom = t + h - cap;
                    svg.Raw($"<path class=\"node-shape\" d=\"M{N(l)},{N(top)}A{N(rx)},{N(cap)} 0 0 1 {N(l + w)},{N(top)}V{N(bottom)}A{N(rx)},{N(cap)} 0 0 1 {N(l)},{N(bottom)}Z\"/>");
                    svg.Raw($"<path class=\"node-line\" d=\"M{N(l)},{N(top)}A{N(rx)},{N(cap)} 0 0 0 {N(l + w)},{N(top)}\"/>");
                    break;
                }

            case NodeShape.Circle:
                svg.Raw($"<circle class=\"node-shape\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(w / 2)}\"/>");
                break;
            case NodeShape.DoubleCircle:
                svg.Raw($"<circle class=\"node-shape\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(w / 2)}\"/>");
                svg.Raw($"<circle class=\"node-line\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(w / 2 - 5)}\"/>");
                break;
            case NodeShape.StateStart:
                svg.Raw($"<circle class=\"node-shape\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(w / 2)}\"/>");
                break;
            case NodeShape.StateEnd:
                svg.Raw($"<circle class=\"node-shape\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(w / 2)}\"/>");
                svg.Raw($"<circle class=\"node-dot\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(w / 2 - 3)}\"/>");
                break;
            case NodeShape.ForkBar or NodeShape.ForkBarAcross:
                svg.Raw($"<rect class=\"node-shape\" x=\"{N(l)}\" y=\"{N(t)}\" width=\"{N(w)}\" height=\"{N(h)}\" rx=\"2\"/>");
                break;
            default:
                var points = string.Join(" ", Outline(shape, w, h).Select(p => $"{N(x + p.X)},{N(y + p.Y)}"));
                svg.Raw($"<polygon class=\"node-shape\" points=\"{points}\"/>");
                break;
        }
    }
}
