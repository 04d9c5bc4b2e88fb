using System.Globalization;
using System.Xml.Linq;

namespace Inkstone.Diagrams.Tests;

/// <summary>A drawn diagram read back as XML: its nodes, edges and clusters with their geometry, for structural assertions.</summary>
internal sealed class DrawnSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private DrawnSvg(XElement root) => Root = root;

    public XElement Root { get; }

    public static DrawnSvg Of(string source)
    {
        var result = MermaidRenderer.Render(source, new DiagramOptions { IdPrefix = "t" });
        Assert.True(result.Svg is not null, string.Join("\n", result.Errors.Select(e => $"{e.Line}:{e.Column} {e.Message}")));
        return new DrawnSvg(XElement.Parse(result.Svg!));
    }

    public IEnumerable<XElement> WithClass(string name) =>
        Root.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(name) == true);

    public IReadOnlyList<XElement> Nodes => WithClass("node").ToList();

    public IReadOnlyList<XElement> Edges => WithClass("edge").ToList();

    public IReadOnlyList<XElement> Clusters => WithClass("cluster").ToList();

    public XElement Node(string id) => Nodes.Single(n => (string?)n.Attribute("data-id") == id);

    public string Shape(string id) => ((string)Node(id).Attribute("class")!).Split(' ').Single(c => c.StartsWith("node--", StringComparison.Ordinal))["node--".Length..];

    public static string Text(XElement element) => string.Join("\n", element.Descendants(Svg + "tspan").Select(t => t.Value));

    /// <summary>The bounding box of a node's outline (its first drawn element).</summary>
    public static Box BoxOf(XElement node)
    {
        var shape = node.Elements().First(e => ((string?)e.Attribute("class")) == "node-shape");
        switch (shape.Name.LocalName)
        {
            case "rect":
                return new Box(D(shape, "x"), D(shape, "y"), D(shape, "width"), D(shape, "height"));
            case "circle":
                var r = D(shape, "r");
                return new Box(D(shape, "cx") - r, D(shape, "cy") - r, 2 * r, 2 * r);
            case "polygon":
                var points = ((string)shape.Attribute("points")!).Split(' ').Select(p => p.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
                return Box.Around(points.Select(p => (p[0], p[1])));
            default:
                // A cylinder: its caps bulge past the arcs' end points by the arcs' vertical radius.
                var d = (string)shape.Attribute("d")!;
                var box = Box.Around(PathPoints(d));
                var arc = System.Text.RegularExpressions.Regex.Match(d, @"A[\d.]+,(?<ry>[\d.]+)");
                var ry = arc.Success ? double.Parse(arc.Groups["ry"].Value, CultureInfo.InvariantCulture) : 0;
                return box with { Y = box.Y - ry, Height = box.Height + 2 * ry };
        }
    }

    /// <summary>The absolute points of a path written with M, L, H, V, Q and A commands, as this library writes them.</summary>
    public static List<(double X, double Y)> PathPoints(string d)
    {
        var points = new List<(double X, double Y)>();
        var tokens = System.Text.RegularExpressions.Regex.Matches(d, @"[MLHVQAZ]|-?[\d.]+").Select(m => m.Value).ToList();
        double x = 0, y = 0;
        var i = 0;
        while (i < tokens.Count)
        {
            var command = tokens[i++];
            double Next() => double.Parse(tokens[i++], CultureInfo.InvariantCulture);
            switch (command)
            {
                case "M" or "L":
                    x = Next();
                    y = Next();
                    break;
                case "H":
                    x = Next();
                    break;
                case "V":
                    y = Next();
                    break;
                case "Q":
                    Next();
                    Next();
                    x = Next();
                    y = Next();
                    break;
                case "A":
                    for (var k = 0; k < 5; k++)
                    {
                        Next();
                    }

                    x = Next();
                    y = Next();
                    break;
                default:
                    continue;
            }

            points.Add((x, y));
        }

        return points;
    }

    private static double D(XElement element, string attribute) => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}

internal readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public bool Overlaps(Box other) => X < other.Right - 0.01 && other.X < Right - 0.01 && Y < other.Bottom - 0.01 && other.Y < Bottom - 0.01;

    public bool Contains(Box other) => other.X >= X && other.Right <= Right && other.Y >= Y && other.Bottom <= Bottom;

    /// <summary>Distance from a point to the box's border (zero on it).</summary>
    public double DistanceToBorder(double px, double py)
    {
        var dx = System.Math.Max(System.Math.Max(X - px, 0), px - Right);
        var dy = System.Math.Max(System.Math.Max(Y - py, 0), py - Bottom);
        if (dx > 0 || dy > 0)
        {
            return System.Math.Sqrt(dx * dx + dy * dy);
        }

        return System.Math.Min(System.Math.Min(px - X, Right - px), System.Math.Min(py - Y, Bottom - py));
    }

    public static Box Around(IEnumerable<(double X, double Y)> points)
    {
        var list = points.ToList();
        var left = list.Min(p => p.X);
        var top = list.Min(p => p.Y);
        return new Box(left, top, list.Max(p => p.X) - left, list.Max(p => p.Y) - top);
    }
}
