using Inkstone.Diagrams.Internal.Svg;

namespace Inkstone.Diagrams.Internal.Layout;

/// <summary>
/// A layered (Sugiyama) layout: cycles broken by reversing depth-first back edges; ranks by longest path,
/// sources then pulled down next to their targets; long edges split into dummy vertices; the order in each
/// rank from barycenter sweeps that keep each cluster contiguous (<see cref="RankOrdering"/>); coordinates
/// from <see cref="CoordinateSolver"/>. Everything is decided by indices and stable sorts, never by hashing,
/// so the same graph always gives the same drawing.
/// </summary>
internal static class LayeredLayout
{
    public static LayoutResult Run(LayoutGraph graph)
    {
        var work = new LayoutWork(graph);
        work.BreakCycles();
        work.AssignRanks();
        work.SplitLongEdges();
        work.FillClusterRanks();
        var order = RankOrdering.Order(work);
        var positions = CoordinateSolver.Place(work, order);
        return Finish(work, positions);
    }

    private static LayoutResult Finish(LayoutWork work, (double[] X, double[] Y) positions)
    {
        var (x, y) = positions;
        var graph = work.Graph;
        var centres = new Point[graph.Boxes.Count];
        for (var v = 0; v < centres.Length; v++)
        {
            centres[v] = new Point(x[v], y[v]);
        }

        var edgePoints = new List<IReadOnlyList<Point>>();
        var labels = new List<Point?>();
        for (var e = 0; e < graph.Edges.Count; e++)
        {
            var edge = graph.Edges[e];
            if (edge.From == edge.To)
            {
                var (loop, label) = SelfLoop(graph, centres[edge.From], edge);
                edgePoints.Add(loop);
                labels.Add(label);
                continue;
            }

            var chain = work.Chains[e];
            var points = chain.Select(v => new Point(x[v], y[v])).ToList();
            Point? labelAt = null;
            if (edge.LabelWidth > 0)
            {
                labelAt = work.LabelVertex[e] is { } dummy ? new Point(x[dummy], y[dummy]) : Point.Between(points[0], points[^1]);
            }

            if (work.Reversed[e])
            {
                points.Reverse();
            }

            edgePoints.Add(points);
            labels.Add(labelAt);
        }

        var clusters = CoordinateSolver.ClusterBoxes(work, x, y);

        // Move everything so the drawing starts at the margin.
        const double margin = 8;
        var minX = double.MaxValue;
        var minY = double.MaxValue;
        var maxX = double.MinValue;
        var maxY = double.MinValue;
        void Include(double left, double top, double right, double bottom)
        {
            minX = System.Math.Min(minX, left);
            minY = System.Math.Min(minY, top);
            maxX = System.Math.Max(maxX, right);
            maxY = System.Math.Max(maxY, bottom);
        }

        for (var v = 0; v < centres.Length; v++)
        {
            var box = graph.Boxes[v];
            Include(centres[v].X - box.Width / 2, centres[v].Y - box.Height / 2, centres[v].X + box.Width / 2, centres[v].Y + box.Height / 2);
        }

        foreach (var cluster in clusters)
        {
            Include(cluster.X, cluster.Y, cluster.Right, cluster.Bottom);
        }

        for (var e = 0; e < edgePoints.Count; e++)
        {
            foreach (var p in edgePoints[e])
            {
                Include(p.X, p.Y, p.X, p.Y);
            }

            if (labels[e] is { } label)
            {
                Include(label.X - graph.Edges[e].LabelWidth / 2, label.Y - graph.Edges[e].LabelHeight / 2, label.X + graph.Edges[e].LabelWidth / 2, label.Y + graph.Edges[e].LabelHeight / 2);
            }
        }

        if (minX == double.MaxValue)
        {
            return new LayoutResult([], [], [], [], 2 * margin, 2 * margin);
        }

        var dx = margin - minX;
        var dy = margin - minY;
        Point Shift(Point p) => new(p.X + dx, p.Y + dy);
        return new LayoutResult(
            centres.Select(Shift).ToArray(),
            edgePoints.Select(points => (IReadOnlyList<Point>)points.Select(Shift).ToArray()).ToArray(),
            labels.Select(l => l is { } p ? Shift(p) : (Point?)null).ToArray(),
            clusters.Select(c => c with { X = c.X + dx, Y = c.Y + dy }).ToArray(),
            maxX - minX + 2 * margin,
            maxY - minY + 2 * margin);
    }

    /// <summary>A loop out of the box's far side (across the ranks) and back, with its label beyond it.</summary>
    private static (IReadOnlyList<Point> Points, Point? Label) SelfLoop(LayoutGraph graph, Point centre, LayoutEdge edge)
    {
        var box = graph.Boxes[edge.From];
        var side = centre.X + box.Width / 2;
        var reach = LayoutWork.SelfLoopReach;
        var rise = System.Math.Min(box.Height / 4, 12);
        IReadOnlyList<Point> points =
        [
            new(side, centre.Y - rise), new(side + reach, centre.Y - rise - 6), new(side + reach, centre.Y + rise + 6), new(side, centre.Y + rise),
        ];
        Point? label = edge.LabelWidth > 0 ? new Point(side + reach + 4 + edge.LabelWidth / 2, centre.Y) : null;
        return (points, label);
    }
}
