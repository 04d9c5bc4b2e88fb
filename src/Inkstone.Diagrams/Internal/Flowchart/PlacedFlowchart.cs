using Inkstone.Diagrams.Internal.Layout;
using Inkstone.Diagrams.Internal.Svg;

namespace Inkstone.Diagrams.Internal.Flowchart;

/// <summary>
/// A flowchart with every node, edge, label and cluster at its place on the page (the layout's frame turned
/// back to the flowchart's direction), edges already cut at the nodes' outlines.
/// </summary>
internal sealed class PlacedFlowchart
{
    public PlacedFlowchart(
        FlowGraph graph,
        List<FlowEdge> edges,
        List<(double W, double H)> sizes,
        Dictionary<string, int> boxIndex,
        IReadOnlyList<FlowSubgraph> clusters,
        IReadOnlyList<EmbeddedCluster> embedded,
        LayoutResult layout,
        bool sideways)
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
        var nodes = new Dictionary<FlowNode, PlacedNode>();
        foreach (var node in graph.Nodes)
        {
            if (boxIndex.TryGetValue(node.Id, out var index))
            {
                nodes[node] = new PlacedNode(node, Turn(layout.Centres[index]), sizes[index].W, sizes[index].H);
            }
        }

        var placedClusters = new Dictionary<FlowSubgraph, PlacedCluster>();
        for (var c = 0; c < clusters.Count; c++)
        {
            placedClusters[clusters[c]] = new PlacedCluster(clusters[c], TurnRect(layout.ClusterBoxes[c]));
        }

        // A subgraph laid out on its own is moved, whole, to where its box went.
        var embeddedEdges = new Dictionary<FlowEdge, List<PlacedEdge>>();
        foreach (var inner in embedded)
        {
            var centre = Turn(layout.Centres[boxIndex[inner.Subgraph.Id]]);
            var box = inner.Box;
            var (dx, dy) = (centre.X - (box.X + box.Width / 2), centre.Y - (box.Y + box.Height / 2));
            Point Move(Point p) => new(p.X + dx, p.Y + dy);
            foreach (var node in inner.Inner.Nodes)
            {
                nodes[node.Node] = node with { Centre = Move(node.Centre) };
            }

            foreach (var cluster in inner.Inner.Clusters)
            {
                placedClusters[cluster.Subgraph] = cluster with { Box = cluster.Box with { X = cluster.Box.X + dx, Y = cluster.Box.Y + dy } };
            }

            foreach (var edge in inner.Inner.Edges)
            {
                var moved = edge with { Points = edge.Points.Select(Move).ToArray(), LabelCentre = edge.LabelCentre is { } l ? Move(l) : null };
                if (!embeddedEdges.TryAdd(edge.Edge, [moved]))
                {
                    embeddedEdges[edge.Edge].Add(moved);
                }
            }
        }

        Nodes.AddRange(graph.Nodes.Where(nodes.ContainsKey).Select(n => nodes[n]));
        Clusters.AddRange(graph.Subgraphs.Where(placedClusters.ContainsKey).Select(s => placedClusters[s]));
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
                // A link to a subgraph is laid out to a node inside it (or to its box, for a subgraph laid out on its
                // own) and drawn to the cluster's border, aimed at its middle, as Mermaid draws it. The end at the
                // cluster is settled first, so that a node's end is cut on the line that is drawn.
                var toCluster = clustersById.GetValueOrDefault(edge.To);
                var fromCluster = clustersById.GetValueOrDefault(edge.From);
                if (toCluster is not null && !nodesById.ContainsKey(edge.To))
                {
                    AimAtCluster(points, toCluster.Box);
                }

                if (fromCluster is not null && !nodesById.ContainsKey(edge.From))
                {
                    points.Reverse();
                    AimAtCluster(points, fromCluster.Box);
                    points.Reverse();
                    if (toCluster is not null && !nodesById.ContainsKey(edge.To))
                    {
                        AimAtCluster(points, toCluster.Box);
                    }
                }

                ClipAtNode(points, edge.From, nodesById, atStart: true);
                ClipAtNode(points, edge.To, nodesById, atStart: false);
            }

            var label = layout.LabelCentres[e] is { } at ? Turn(at) : (Point?)null;
            if (!embeddedEdges.TryAdd(edge, [new PlacedEdge(edge, points, label)]))
            {
                embeddedEdges[edge].Add(new PlacedEdge(edge, points, label));
            }
        }

        // Edges in the order written (an edge written twice is two equal records, drawn twice).
        foreach (var edge in graph.Edges.Distinct())
        {
            if (embeddedEdges.TryGetValue(edge, out var placedEdges))
            {
                Edges.AddRange(placedEdges);
            }
        }

        var visible = Edges.Where(e => e.Edge.Stroke != EdgeStroke.Invisible).Select(e => e.Points).ToList();
        for (var c = 0; c < Clusters.Count; c++)
        {
            Clusters[c] = Clusters[c] with { TitleX = ClusterTitlePlacer.Place(Clusters[c].Box, Clusters[c].Subgraph.Title, visible) };
        }
    }

    public FlowGraph Graph { get; }

    public double Width { get; }

    public double Height { get; }

    public List<PlacedNode> Nodes { get; } = [];

    public List<PlacedEdge> Edges { get; } = [];

    public List<PlacedCluster> Clusters { get; } = [];

    private static void ClipAtNode(List<Point> points, string id, Dictionary<string, PlacedNode> nodes, bool atStart)
    {
        if (nodes.TryGetValue(id, out var node) && points.Count >= 2)
        {
            var index = atStart ? 0 : points.Count - 1;
            var neighbour = atStart ? points[1] : points[^2];
            points[index] = NodeGeometry.Border(node.Node.Shape, node.Centre, node.Width, node.Height, neighbour);
        }
    }

    /// <summary>
    /// Ends the polyline on the cluster's border where the line from its last point outside the cluster to the
    /// cluster's middle crosses it. An edge with no point outside (a node linked to its own subgraph) is left as it is.
    /// </summary>
    private static void AimAtCluster(List<Point> points, Rect box)
    {
        var last = points.FindLastIndex(p => !Inside(box, p));
        if (last < 0 || last == points.Count - 1 && points.Count > 1 && OnBorder(box, points[^1]))
        {
            return;
        }

        // Keep the points up to the first that enters the cluster.
        var firstInside = points.FindIndex(p => Inside(box, p));
        if (firstInside > 0)
        {
            last = firstInside - 1;
        }

        var centre = new Point(box.X + box.Width / 2, box.Y + box.Height / 2);
        var from = points[last];
        var outline = new List<Point> { new(box.X - from.X, box.Y - from.Y), new(box.Right - from.X, box.Y - from.Y), new(box.Right - from.X, box.Bottom - from.Y), new(box.X - from.X, box.Bottom - from.Y) };
        var cut = NodeGeometry.PolygonBorder(outline, new Point(0, 0), new Point(centre.X - from.X, centre.Y - from.Y));
        points.RemoveRange(last + 1, points.Count - last - 1);
        points.Add(new Point(cut.X + from.X, cut.Y + from.Y));
    }

    private static bool OnBorder(Rect box, Point p) =>
        p.X >= box.X - 0.5 && p.X <= box.Right + 0.5 && p.Y >= box.Y - 0.5 && p.Y <= box.Bottom + 0.5 && !Inside(box, p);

    private static bool Inside(Rect box, Point p) => p.X > box.X && p.X < box.Right && p.Y > box.Y && p.Y < box.Bottom;
}

internal sealed record PlacedNode(FlowNode Node, Point Centre, double Width, double Height)
{
    public Rect Box => Rect.Around(Centre, Width, Height);
}

internal sealed record PlacedEdge(FlowEdge Edge, IReadOnlyList<Point> Points, Point? LabelCentre);

/// <summary>A cluster's rectangle and the middle of its title, slid along its top band clear of the edges that cross it.</summary>
internal sealed record PlacedCluster(FlowSubgraph Subgraph, Rect Box, double TitleX = double.NaN);
