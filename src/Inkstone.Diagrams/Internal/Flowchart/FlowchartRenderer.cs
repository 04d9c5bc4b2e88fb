using Inkstone.Diagrams.Internal.Layout;
using Inkstone.Diagrams.Internal.Text;

namespace Inkstone.Diagrams.Internal.Flowchart;

/// <summary>
/// Lays a parsed flowchart out with <see cref="LayeredLayout"/> (in a frame turned for LR and RL, flipped for BT)
/// and places it. A subgraph no link crosses is laid out on its own first, in its own direction (or, without one,
/// across its parent's: LR inside TB, TB inside anything else, as Mermaid does), and stands in its parent's layout
/// as one box. A cluster too narrow for its title, or whose title an edge would cross, is widened and the layout
/// run again.
/// </summary>
internal static class FlowchartRenderer
{
    private const double ClusterPad = 12;
    private const double TitleHeight = 24;
    private const int Widenings = 2;

    public static PlacedFlowchart Place(FlowGraph graph) => Place(graph, null);

    /// <summary>Places the graph; <paramref name="root"/> is the subgraph the graph was cut out of, laid out here as a plain cluster.</summary>
    private static PlacedFlowchart Place(FlowGraph graph, FlowSubgraph? root)
    {
        var alone = graph.Subgraphs
            .Where(s => s != root && graph.Nodes.Any(n => s.Contains(n.Subgraph)) && !graph.HasLinksAcross(s))
            .ToList();
        var embedded = alone
            .Where(s => !alone.Any(outer => outer != s && outer.Contains(s)))
            .Select(s => new EmbeddedCluster(s, Place(Cut(graph, s), s)))
            .ToList();
        var build = new LayoutBuild(graph, embedded);
        var result = LayeredLayout.Run(build.Layout);
        var placed = build.Placed(result);
        for (var round = 0; round < Widenings && build.Widen(placed) is { } widened; round++)
        {
            build = widened;
            result = LayeredLayout.Run(build.Layout);
            placed = build.Placed(result);
        }

        return placed;
    }

    /// <summary>The subgraph as a chart of its own: its nodes, the subgraphs in it (itself included) and the links between them.</summary>
    private static FlowGraph Cut(FlowGraph graph, FlowSubgraph subgraph)
    {
        var inside = new FlowGraph
        {
            Direction = subgraph.Direction ?? (graph.Direction == FlowDirection.TopToBottom ? FlowDirection.LeftToRight : FlowDirection.TopToBottom),
        };
        foreach (var node in graph.Nodes.Where(n => subgraph.Contains(n.Subgraph)))
        {
            inside.Nodes.Add(node);
            inside.NodesById[node.Id] = node;
        }

        foreach (var inner in graph.Subgraphs.Where(subgraph.Contains))
        {
            inside.Subgraphs.Add(inner);
            inside.SubgraphsById[inner.Id] = inner;
        }

        inside.Edges.AddRange(graph.Edges.Where(e => graph.IsInside(e.From, subgraph) && graph.IsInside(e.To, subgraph)));
        return inside;
    }

    /// <summary>One layout of a graph: what it hands <see cref="LayeredLayout"/>, and how to read the result back.</summary>
    private sealed class LayoutBuild
    {
        private readonly FlowGraph _graph;
        private readonly IReadOnlyList<EmbeddedCluster> _embedded;
        private readonly bool _sideways;
        private readonly List<FlowSubgraph> _clusters = [];
        private readonly Dictionary<string, int> _boxIndex = new(StringComparer.Ordinal);
        private readonly List<(double W, double H)> _sizes = [];
        private readonly List<FlowEdge> _drawn = [];

        public LayoutBuild(FlowGraph graph, IReadOnlyList<EmbeddedCluster> embedded, IReadOnlyList<LayoutCluster>? padding = null)
        {
            _graph = graph;
            _embedded = embedded;
            _sideways = graph.Direction is FlowDirection.LeftToRight or FlowDirection.RightToLeft;
            var labelled = graph.Edges.Any(e => e.Label is not null);
            Layout = new LayoutGraph { NodeSpacing = 36, RankSpacing = labelled ? 22 : 44, EdgeSpacing = 14 };
            bool Hidden(FlowSubgraph? s) => s is not null && embedded.Any(e => e.Subgraph.Contains(s));
            var clusterIndex = new Dictionary<FlowSubgraph, int>();
            foreach (var subgraph in graph.Subgraphs.Where(s => !Hidden(s)))
            {
                clusterIndex[subgraph] = _clusters.Count;
                var parent = subgraph.Parent is { } p && clusterIndex.TryGetValue(p, out var pi) ? pi : -1;
                Layout.Clusters.Add(padding is null ? Padded(subgraph, parent) : padding[_clusters.Count]);
                _clusters.Add(subgraph);
            }

            int Cluster(FlowSubgraph? subgraph) => subgraph is not null && clusterIndex.TryGetValue(subgraph, out var index) ? index : -1;

            foreach (var node in graph.Nodes.Where(n => !Hidden(n.Subgraph)))
            {
                AddBox(node.Id, NodeGeometry.Size(node), Cluster(node.Subgraph));
            }

            foreach (var inner in embedded)
            {
                var box = inner.Box;
                AddBox(inner.Subgraph.Id, (box.Width, box.Height), Cluster(inner.Subgraph.Parent));
            }

            // An empty subgraph still gets drawn: a small invisible box holds its place.
            foreach (var subgraph in _clusters)
            {
                if (!graph.Nodes.Any(n => subgraph.Contains(n.Subgraph)) && !graph.Subgraphs.Any(s => s != subgraph && subgraph.Contains(s)))
                {
                    AddBox(subgraph.Id, (System.Math.Max(60, TextMetrics.Width(subgraph.Title)), 10), clusterIndex[subgraph]);
                }
            }

            foreach (var edge in graph.Edges)
            {
                if (Endpoint(edge.From) is not { } from || Endpoint(edge.To) is not { } to)
                {
                    continue;
                }

                var (lw, lh) = edge.Label is { } label ? (TextMetrics.Width(label) + 8, label.Count * TextMetrics.LineHeight + 4) : (0.0, 0.0);
                var span = (1 + edge.Length) * (labelled ? 2 : 1);
                Layout.Edges.Add(_sideways ? new LayoutEdge(from, to, span, lh, lw) : new LayoutEdge(from, to, span, lw, lh));
                _drawn.Add(edge);
            }
        }

        public LayoutGraph Layout { get; }

        public PlacedFlowchart Placed(LayoutResult result) => new(_graph, _drawn, _sizes, _boxIndex, _clusters, _embedded, result, _sideways);

        /// <summary>
        /// The same layout with wider clusters, or null when every title fits: a cluster narrower than its title gets the
        /// difference as padding on both sides, and one whose title no free stretch of its top band can hold gets the
        /// shortfall on each side. (The title runs across the page: the layout's cross axis for TB and BT, its rank axis for LR and RL.)
        /// </summary>
        public LayoutBuild? Widen(PlacedFlowchart placed)
        {
            var changed = false;
            var padding = new List<LayoutCluster>();
            var edges = placed.Edges.Where(e => e.Edge.Stroke != EdgeStroke.Invisible).Select(e => e.Points).ToList();
            for (var c = 0; c < _clusters.Count; c++)
            {
                var cluster = Layout.Clusters[c];
                var subgraph = _clusters[c];
                var box = placed.Clusters.Single(p => p.Subgraph == subgraph).Box;
                var side = System.Math.Max((TextMetrics.Width(subgraph.Title) + 2 * ClusterPad - box.Width) / 2, 0);
                if (subgraph.Title.Any(t => t.Length > 0))
                {
                    side = System.Math.Max(side, ClusterTitlePlacer.Deficit(box, subgraph.Title, edges));
                }

                if (side > 0.5)
                {
                    changed = true;
                    cluster = _sideways
                        ? cluster with { RankStartPad = cluster.RankStartPad + side, RankEndPad = cluster.RankEndPad + side }
                        : cluster with { CrossStartPad = cluster.CrossStartPad + side, CrossEndPad = cluster.CrossEndPad + side };
                }

                padding.Add(cluster);
            }

            return changed ? new LayoutBuild(_graph, _embedded, padding) : null;
        }

        /// <summary>A cluster's padding, with room for its title at the top of the page whichever way the chart runs.</summary>
        private LayoutCluster Padded(FlowSubgraph subgraph, int parent)
        {
            var titleRoom = subgraph.Title.Any(t => t.Length > 0) ? TitleHeight : 0;
            return _sideways
                ? new LayoutCluster(parent, ClusterPad, ClusterPad, ClusterPad + titleRoom, ClusterPad)
                : _graph.Direction == FlowDirection.BottomToTop
                    ? new LayoutCluster(parent, ClusterPad, ClusterPad + titleRoom, ClusterPad, ClusterPad)
                    : new LayoutCluster(parent, ClusterPad + titleRoom, ClusterPad, ClusterPad, ClusterPad);
        }

        private void AddBox(string id, (double W, double H) size, int cluster)
        {
            _boxIndex[id] = Layout.Boxes.Count;
            _sizes.Add(size);
            Layout.Boxes.Add(_sideways ? new LayoutBox(size.H, size.W, cluster) : new LayoutBox(size.W, size.H, cluster));
        }

        /// <summary>
        /// A node's box, a subgraph laid out on its own, or for another subgraph's id the box of the first node inside it
        /// (or of the laid-out subgraph holding that node); the edge is then drawn to the cluster's border.
        /// </summary>
        private int? Endpoint(string id)
        {
            if (_boxIndex.TryGetValue(id, out var index))
            {
                return index;
            }

            if (!_graph.SubgraphsById.TryGetValue(id, out var subgraph) || _graph.Nodes.FirstOrDefault(n => subgraph.Contains(n.Subgraph)) is not { } inside)
            {
                return null;
            }

            if (_boxIndex.TryGetValue(inside.Id, out var box))
            {
                return box;
            }

            var holder = _embedded.FirstOrDefault(e => e.Subgraph.Contains(inside.Subgraph));
            return holder is null ? null : _boxIndex[holder.Subgraph.Id];
        }
    }
}

/// <summary>A subgraph laid out on its own, and the rectangle its cluster takes in that layout.</summary>
internal sealed record EmbeddedCluster(FlowSubgraph Subgraph, PlacedFlowchart Inner)
{
    public Layout.Rect Box => Inner.Clusters.Single(c => c.Subgraph == Subgraph).Box;
}
