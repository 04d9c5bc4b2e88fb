using Inkstone.Diagrams.Internal.Layout;
using Inkstone.Diagrams.Internal.Svg;
using Inkstone.Diagrams.Internal.Text;

namespace Inkstone.Diagrams.Internal.Flowchart;

/// <summary>
/// Lays a parsed flowchart out with <see cref="LayeredLayout"/> (in a frame turned for LR and RL, flipped for BT)
/// and draws it: clusters, then edges clipped to their nodes' outlines, then edge labels, then nodes.
/// </summary>
internal static class FlowchartRenderer
{
    private const double ClusterPad = 12;
    private const double TitleHeight = 24;

    public static PlacedFlowchart Place(FlowGraph graph)
    {
        var sideways = graph.Direction is FlowDirection.LeftToRight or FlowDirection.RightToLeft;
        var labelled = graph.Edges.Any(e => e.Label is not null);
        var layout = new LayoutGraph { NodeSpacing = 36, RankSpacing = labelled ? 22 : 44, EdgeSpacing = 14 };
        var clusterIndex = new Dictionary<FlowSubgraph, int>();
        foreach (var subgraph in graph.Subgraphs)
        {
            clusterIndex[subgraph] = layout.Clusters.Count;
            var titleRoom = subgraph.Title.Any(t => t.Length > 0) ? TitleHeight : 0;
            layout.Clusters.Add(sideways
                ? new LayoutCluster(subgraph.Parent is null ? -1 : clusterIndex[subgraph.Parent], ClusterPad, ClusterPad, ClusterPad + titleRoom, ClusterPad)
                : graph.Direction == FlowDirection.BottomToTop
                    ? new LayoutCluster(subgraph.Parent is null ? -1 : clusterIndex[subgraph.Parent], ClusterPad, ClusterPad + titleRoom, ClusterPad, ClusterPad)
                    : new LayoutCluster(subgraph.Parent is null ? -1 : clusterIndex[subgraph.Parent], ClusterPad + titleRoom, ClusterPad, ClusterPad, ClusterPad));
        }

        var boxIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var sizes = new List<(double W, double H)>();
        foreach (var node in graph.Nodes)
        {
            var (w, h) = NodeGeometry.Size(node.Shape, node.Label);
            boxIndex[node.Id] = layout.Boxes.Count;
            sizes.Add((w, h));
            layout.Boxes.Add(sideways ? new LayoutBox(h, w, Cluster(node.Subgraph)) : new LayoutBox(w, h, Cluster(node.Subgraph)));
        }

        // An empty subgraph still gets drawn: a small invisible box holds its place.
        foreach (var subgraph in graph.Subgraphs)
        {
            if (!graph.Nodes.Any(n => subgraph.Contains(n.Subgraph)) && !graph.Subgraphs.Any(s => s != subgraph && subgraph.Contains(s)))
            {
                var width = System.Math.Max(60, TextMetrics.Width(subgraph.Title));
                boxIndex[subgraph.Id] = layout.Boxes.Count;
                sizes.Add((width, 10));
                layout.Boxes.Add(sideways ? new LayoutBox(10, width, clusterIndex[subgraph]) : new LayoutBox(width, 10, clusterIndex[subgraph]));
            }
        }

        int Cluster(FlowSubgraph? subgraph) => subgraph is null ? -1 : clusterIndex[subgraph];

        var drawn = new List<FlowEdge>();
        foreach (var edge in graph.Edges)
        {
            if (Endpoint(graph, edge.From, boxIndex) is not { } from || Endpoint(graph, edge.To, boxIndex) is not { } to)
            {
                continue;
            }

            var (lw, lh) = edge.Label is { } label ? (TextMetrics.Width(label) + 8, label.Count * TextMetrics.LineHeight + 4) : (0.0, 0.0);
            var span = (1 + edge.Length) * (labelled ? 2 : 1);
            layout.Edges.Add(sideways ? new LayoutEdge(from, to, span, lh, lw) : new LayoutEdge(from, to, span, lw, lh));
            drawn.Add(edge);
        }

        var result = LayeredLayout.Run(layout);
        if (WidenForTitles(graph, layout, result, sideways) is { } widened)
        {
            layout = widened;
            result = LayeredLayout.Run(layout);
        }

        return new PlacedFlowchart(graph, drawn, sizes, boxIndex, result, sideways);
    }

    /// <summary>
    /// A cluster narrower than its title gets the difference as padding on both sides, for a second layout; null when
    /// every title fits. (The title runs across the page, which is the layout's cross axis for TB and BT, its rank axis for LR and RL.)
    /// </summary>
    private static LayoutGraph? WidenForTitles(FlowGraph graph, LayoutGraph layout, LayoutResult result, bool sideways)
    {
        var changed = false;
        var clusters = new List<LayoutCluster>();
        for (var c = 0; c < graph.Subgraphs.Count; c++)
        {
            var cluster = layout.Clusters[c];
            var box = result.ClusterBoxes[c];
            var across = sideways ? box.Height : box.Width;
            var deficit = TextMetrics.Width(graph.Subgraphs[c].Title) + 2 * ClusterPad - across;
            if (deficit > 0.5)
            {
                changed = true;
                cluster = sideways
                    ? cluster with { RankStartPad = cluster.RankStartPad + deficit / 2, RankEndPad = cluster.RankEndPad + deficit / 2 }
                    : cluster with { CrossStartPad = cluster.CrossStartPad + deficit / 2, CrossEndPad = cluster.CrossEndPad + deficit / 2 };
            }

            clusters.Add(cluster);
        }

        if (!changed)
        {
            return null;
        }

        var widened = new LayoutGraph { NodeSpacing = layout.NodeSpacing, RankSpacing = layout.RankSpacing, EdgeSpacing = layout.EdgeSpacing };
        widened.Boxes.AddRange(layout.Boxes);
        widened.Edges.AddRange(layout.Edges);
        widened.Clusters.AddRange(clusters);
        return widened;
    }

    /// <summary>A node's box, or for a subgraph's id the first box inside it (the edge is then drawn to the cluster's border).</summary>
    private static int? Endpoint(FlowGraph graph, string id, Dictionary<string, int> boxIndex)
    {
        if (boxIndex.TryGetValue(id, out var index))
        {
            return index;
        }

        if (graph.SubgraphsById.TryGetValue(id, out var subgraph))
        {
            var inside = graph.Nodes.FirstOrDefault(n => subgraph.Contains(n.Subgraph));
            return inside is null ? null : boxIndex[inside.Id];
        }

        return null;
    }
}
