using Inkstone.Diagrams.Internal.Svg;

namespace Inkstone.Diagrams.Internal.Flowchart;

/// <summary>
/// Draws a placed flowchart as SVG with classes only (<c>node-shape</c>, <c>edge-line</c>, <c>cluster-box</c> …), never a
/// colour: the theme's stylesheet paints them for light and dark. Clusters first, then edges, labels and nodes on top.
/// </summary>
internal static class FlowchartSvgWriter
{
    public static string Write(PlacedFlowchart chart, DiagramOptions options, string title, string source, string kind = "flowchart")
    {
        var svg = SvgDocument.Open(kind, chart.Width, chart.Height, options, title, source);
        svg.Raw("<g class=\"clusters\">");
        foreach (var cluster in chart.Clusters.OrderBy(c => c.Subgraph.Depth))
        {
            var box = cluster.Box;
            svg.Raw($"<g class=\"cluster\" data-id=\"{SvgText.Escape(cluster.Subgraph.Id)}\">");
            svg.Raw($"<rect class=\"cluster-box\" x=\"{N(box.X)}\" y=\"{N(box.Y)}\" width=\"{N(box.Width)}\" height=\"{N(box.Height)}\" rx=\"4\"/>");
            if (cluster.Subgraph.Title.Any(t => t.Length > 0))
            {
                var x = double.IsNaN(cluster.TitleX) ? box.X + box.Width / 2 : cluster.TitleX;
                svg.Label(cluster.Subgraph.Title, x, box.Y + ClusterTitlePlacer.TitleMiddle, "cluster-title");
            }

            svg.Raw("</g>");
        }

        svg.Raw("</g><g class=\"edges\">");
        foreach (var edge in chart.Edges)
        {
            WriteEdge(svg, edge);
        }

        svg.Raw("</g><g class=\"edge-labels\">");
        foreach (var edge in chart.Edges)
        {
            if (edge.Edge.Label is { } label && edge.LabelCentre is { } at && edge.Edge.Stroke != EdgeStroke.Invisible)
            {
                var width = Text.TextMetrics.Width(label) + 8;
                var height = label.Count * Text.TextMetrics.LineHeight + 4;
                svg.Raw("<g class=\"edge-label\">");
                svg.Raw($"<rect class=\"edge-label-bg\" x=\"{N(at.X - width / 2)}\" y=\"{N(at.Y - height / 2)}\" width=\"{N(width)}\" height=\"{N(height)}\" rx=\"3\"/>");
                svg.Label(label, at.X, at.Y, "edge-label-text");
                svg.Raw("</g>");
            }
        }

        svg.Raw("</g><g class=\"nodes\">");
        foreach (var node in chart.Nodes)
        {
            svg.Raw($"<g class=\"node node--{ShapeName(node.Node.Shape)}\" data-id=\"{SvgText.Escape(node.Node.Id)}\">");
            if (node.Node.Members is { } members)
            {
                ClassBox.Draw(svg, members, node.Centre.X, node.Centre.Y, node.Width, node.Height);
                svg.Raw("</g>");
                continue;
            }

            NodeGeometry.Draw(svg, node.Node.Shape, node.Centre.X, node.Centre.Y, node.Width, node.Height);
            if (node.Node.Label.Count > 0)
            {
                svg.Label(node.Node.Label, node.Centre.X, node.Centre.Y, "node-label");
            }

            svg.Raw("</g>");
        }

        svg.Raw("</g></svg>");
        return svg.ToString();
    }

    private static void WriteEdge(SvgText svg, PlacedEdge placed)
    {
        var edge = placed.Edge;
        var stroke = edge.Stroke.ToString().ToLowerInvariant();
        svg.Raw($"<g class=\"edge edge--{stroke}\" data-from=\"{SvgText.Escape(edge.From)}\" data-to=\"{SvgText.Escape(edge.To)}\">");
        if (edge.Stroke == EdgeStroke.Invisible || placed.Points.Count < 2)
        {
            svg.Raw("</g>");
            return;
        }

        var points = placed.Points.ToList();
        var heads = new List<string>();
        if (edge.End != EdgeEnd.None)
        {
            heads.Add(Head(edge.End, points[^2], points[^1]));
            points[^1] = PullBack(points[^2], points[^1], edge.End);
        }

        if (edge.Start != EdgeEnd.None)
        {
            heads.Add(Head(edge.Start, points[1], points[0]));
            points[0] = PullBack(points[1], points[0], edge.Start);
        }

        svg.Raw($"<path class=\"edge-line\" d=\"{SvgText.Smooth(points)}\"/>");
        foreach (var head in heads)
        {
            svg.Raw(head);
        }

        svg.Raw("</g>");
    }

    /// <summary>The line stops inside its arrowhead, so a thick line's end never shows past the tip.</summary>
    private static Point PullBack(Point from, Point tip, EdgeEnd end)
    {
        var back = end switch { EdgeEnd.Arrow => 5.0, EdgeEnd.Circle => 8.0, EdgeEnd.Triangle => 12.0, EdgeEnd.Diamond or EdgeEnd.DiamondFilled => 16.0, _ => 0.0 };
        var length = from.DistanceTo(tip);
        if (length < back * 2 || back == 0)
        {
            return tip;
        }

        return new Point(tip.X - (tip.X - from.X) / length * back, tip.Y - (tip.Y - from.Y) / length * back);
    }

    private static string Head(EdgeEnd end, Point from, Point tip) => end switch
    {
        EdgeEnd.Arrow => $"<path class=\"edge-head\" d=\"{Arrowheads.Triangle(from, tip)}\"/>",
        EdgeEnd.Circle => Circle(Arrowheads.CircleCentre(from, tip)),
        EdgeEnd.Triangle => $"<path class=\"edge-head-hollow\" d=\"{Arrowheads.Triangle(from, tip, 12, 6)}\"/>",
        EdgeEnd.DiamondFilled => $"<path class=\"edge-head\" d=\"{Arrowheads.Diamond(from, tip)}\"/>",
        EdgeEnd.Diamond => $"<path class=\"edge-head-hollow\" d=\"{Arrowheads.Diamond(from, tip)}\"/>",
        EdgeEnd.OpenArrow => $"<path class=\"edge-head-open\" d=\"{Arrowheads.Open(from, tip)}\"/>",
        _ => $"<path class=\"edge-cross\" d=\"{Arrowheads.Cross(from, tip)}\"/>",
    };

    private static string Circle(Point centre) => $"<circle class=\"edge-head\" cx=\"{N(centre.X)}\" cy=\"{N(centre.Y)}\" r=\"4\"/>";

    public static string ShapeName(NodeShape shape) => shape switch
    {
        NodeShape.DoubleCircle => "double-circle",
        NodeShape.ParallelogramAlt => "parallelogram-alt",
        NodeShape.TrapezoidAlt => "trapezoid-alt",
        NodeShape.StateStart => "state-start",
        NodeShape.StateEnd => "state-end",
        NodeShape.ForkBar or NodeShape.ForkBarAcross => "fork",
        NodeShape.ClassBox => "class",
        _ => shape.ToString().ToLowerInvariant(),
    };

    private static string N(double value) => SvgText.Number(value);
}
