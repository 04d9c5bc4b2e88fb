using Inkstone.Diagrams.Internal.Layout;
using Inkstone.Diagrams.Internal.Svg;

namespace Inkstone.Diagrams.Internal.Flowchart;

/// <summary>
/// A flowchart with every node, edge, label and cluster at its place on the page (the layout's frame turned
/// back to the flowchart's direction), edges already cut at the nodes' outlines.
/// </summary>
internal sealed class PlacedFlowchart
{
    public PlacedFlowchart(FlowGraph graph, List<FlowEdge> edges, List<(double W, double H)> sizes, Dictionary<string, int> boxIndex, LayoutResult layout, bool sideways)
    {
        Graph = graph;
        var direction = graph.Direction;
        var rankExtent = layout.Height;
        Point Turn(Point p) => direction switch
        {
            FlowDirection.BottomToTop => new Point(p.X, rankExtent - p.Y),
            FlowDirection.LeftToRight => new Point(p.Y, p.X),
            FlowDirection.RightToLeft => new Point(rankExtent - p.Y, p.X),
            _ => p,
        };
        Rect TurnRect(Rect r) => direction switch
        {
            FlowDirection.BottomToTop => new Rect(r.X, rankExtent - r.Bottom, r.Width, r.Height),
            FlowDirection.LeftToRight => new Rect(r.Y, r.X, r.Height, r.Width),
            FlowDirection.RightToLeft => new Rect(rankExtent - r.Bottom, r.X, r.Height, r.Width),
            _ => r,
        };

        Width = sideways ? layout.Height : layout.Width;
        Height = sideways ? layout.Width : layout.Height;
        foreach (var node in graph.Nodes)
        {
            var index = boxIndex[node.Id];
            Nodes.Add(new PlacedNode(node, Turn(layout.Centres[index]), sizes[index].W, sizes[index].H));
        }

        for (var c = 0; c < graph.Subgraphs.Count; c++)
        {
            Clusters.Add(new PlacedCluster(graph.Subgraphs[c], TurnRect(layout.ClusterBoxes[c])));
        }

        var nodesById = Nodes.ToDictionary(n => n.Node.Id, StringComparer.Ordinal);
        var parallel = edges.Select((edge, e) => (Key: string.CompareOrdinal(edge.From, edge.To) < 0 ? (edge.From, edge.To) : (edge.To, edge.From), e))
            .Where(p => layout.EdgePoints[p.e].Count == 2 && edges[p.e].From != edges[p.e].To)
            .GroupBy(p => p.Key).Where(g => g.Count() > 1).SelectMany(g => g.Select((p, k) => (p.e, Offset: (k - (g.Count() - 1) / 2.0) * 18)))
            .ToDictionary(p => p.e, p => p.Offset);
        var clustersById = Clusters.ToDictionary(c => c.Subgraph.Id, StringComparer.Ordinal);
        for (var e = 0; e < edges.Count; e++)
        {
            var edge = edges[e];
            var points = layout.EdgePoints[e].Select(Turn).ToList();
            if (parallel.TryGetValue(e, out var offset))
            {
                // Two edges between the same nodes would lie on one line: each bends aside at its middle, in a fixed
                // direction whichever way it points, so A->B and B->A part.
                var (a, b) = string.CompareOrdinal(edge.From, edge.To) < 0 ? (points[0], points[1]) : (points[1], points[0]);
                var length = a.DistanceTo(b);
                if (length > 0)
                {
                    var middle = Point.Between(a, b);
                    points.Insert(1, new Point(middle.X - (b.Y - a.Y) / length * offset, middle.Y + (b.X - a.X) / length * offset));
                }
            }
            if (edge.From != edge.To)
            {
                Clip(points, edge.From, nodesById, clustersById, atStart: true);
                Clip(points, edge.To, nodesById, clustersById, atStart: false);
            }

            var label = layout.LabelCentres[e] is { } at ? Turn(at) : (Point?)null;
            Edges.Add(new PlacedEdge(edge, points, label));
        }
    }

    public FlowGraph Graph { get; }

    public double Width { get; }

    public double Height { get; }

    public List<PlacedNode> Nodes { get; } = [];

    public List<PlacedEdge> Edges { get; } = [];

    public List<PlacedCluster> Clusters { get; } = [];

    private static void Clip(List<Point> points, string id, Dictionary<string, PlacedNode> nodes, Dictionary<string, PlacedCluster> clusters, bool atStart)
    {
        if (nodes.TryGetValue(id, out var node))
        {
            var index = atStart ? 0 : points.Count - 1;
            var neighbour = atStart ? points[1] : points[^2];
            points[index] = NodeGeometry.Border(node.Node.Shape, node.Centre, node.Width, node.Height, neighbour);
            return;
        }

        if (!clusters.TryGetValue(id, out var cluster))
        {
            return;
        }

        // An edge to a subgraph ends where it enters the cluster's rectangle.
        var box = cluster.Box;
        var outline = new List<Point> { new(box.X, box.Y), new(box.Right, box.Y), new(box.Right, box.Bottom), new(box.X, box.Bottom) };
        if (atStart)
        {
            points.Reverse();
        }

        for (var i = points.Count - 1; i > 0; i--)
        {
            var inside = Inside(box, points[i - 1]);
            if (!inside)
            {
                var cut = NodeGeometry.PolygonBorder(outline.Select(p => new Point(p.X - points[i - 1].X, p.Y - points[i - 1].Y)).ToList(), new Point(0, 0), new Point(points[i].X - points[i - 1].X, points[i].Y - points[i - 1].Y));
                var end = new Point(cut.X + points[i - 1].X, cut.Y + points[i - 1].Y);
                points.RemoveRange(i, points.Count - i);
                points.Add(end);
                break;
            }
        }

        if (atStart)
        {
            points.Reverse();
        }
    }

    private static bool Inside(Rect box, Point p) => p.X > box.X && p.X < box.Right && p.Y > box.Y && p.Y < box.Bottom;
}

internal sealed record PlacedNode(FlowNode Node, Point Centre, double Width, double Height)
{
    public Rect Box => Rect.Around(Centre, Width, Height);
}

internal sealed record PlacedEdge(FlowEdge Edge, IReadOnlyList<Point> Points, Point? LabelCentre);

internal sealed record PlacedCluster(FlowSubgraph Subgraph, Rect Box);
