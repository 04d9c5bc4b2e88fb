namespace Inkstone.Diagrams.Internal.Layout;

/// <summary>
/// The layout's working graph: the boxes, then the dummy vertices that long edges and cluster spans add, with
/// each vertex's rank, size and cluster, and each edge's chain of vertices from its upper end to its lower.
/// </summary>
internal sealed class LayoutWork
{
    /// <summary>How far a self-loop reaches beyond its box.</summary>
    public const double SelfLoopReach = 22;

    public LayoutWork(LayoutGraph graph)
    {
        Graph = graph;
        foreach (var box in graph.Boxes)
        {
            Width.Add(box.Width);
            Height.Add(box.Height);
            Cluster.Add(box.Cluster);
            Kind.Add(VertexKind.Box);
        }

        Reversed = new bool[graph.Edges.Count];
        Chains = new List<int>[graph.Edges.Count];
        LabelVertex = new int?[graph.Edges.Count];
        for (var e = 0; e < graph.Edges.Count; e++)
        {
            var edge = graph.Edges[e];
            if (edge.From == edge.To)
            {
                // The loop and its label stand beside the box: widen it for spacing, symmetrically, as centres are what is placed.
                Width[edge.From] = System.Math.Max(Width[edge.From], graph.Boxes[edge.From].Width + 2 * (SelfLoopReach + 4 + edge.LabelWidth));
            }
        }

        ClusterDepth = graph.Clusters.Select((_, c) => Ancestors(c).Count()).ToArray();
    }

    public LayoutGraph Graph { get; }

    public List<double> Width { get; } = [];

    public List<double> Height { get; } = [];

    public List<int> Cluster { get; } = [];

    public List<VertexKind> Kind { get; } = [];

    public List<int> Rank { get; } = [];

    public bool[] Reversed { get; }

    public List<int>[] Chains { get; }

    public int?[] LabelVertex { get; }

    public int[] ClusterDepth { get; }

    /// <summary>Segments between adjacent ranks: down[v] lists the vertices one rank below that v links to.</summary>
    public List<List<int>> Down { get; } = [];

    public List<List<int>> Up { get; } = [];

    public int RankCount { get; private set; }

    public int VertexCount => Width.Count;

    /// <summary>The cluster and its ancestors, innermost first.</summary>
    public IEnumerable<int> Ancestors(int cluster)
    {
        for (var c = cluster; c >= 0; c = Graph.Clusters[c].Parent)
        {
            yield return c;
        }
    }

    public bool InCluster(int vertex, int cluster) => Ancestors(Cluster[vertex]).Contains(cluster);

    /// <summary>Reverses the edges that close a cycle, found by depth-first search from each vertex in order.</summary>
    public void BreakCycles()
    {
        var n = Graph.Boxes.Count;
        var outgoing = new List<int>[n];
        for (var v = 0; v < n; v++)
        {
            outgoing[v] = [];
        }

        for (var e = 0; e < Graph.Edges.Count; e++)
        {
            if (Graph.Edges[e].From != Graph.Edges[e].To)
            {
                outgoing[Graph.Edges[e].From].Add(e);
            }
        }

        var state = new byte[n]; // 0 new, 1 on the stack, 2 done
        for (var root = 0; root < n; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            var stack = new Stack<(int Vertex, int Next)>();
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (v, next) = stack.Pop();
                if (next < outgoing[v].Count)
                {
                    stack.Push((v, next + 1));
                    var e = outgoing[v][next];
                    var w = Graph.Edges[e].To;
                    if (state[w] == 1)
                    {
                        Reversed[e] = true;
                    }
                    else if (state[w] == 0)
                    {
                        state[w] = 1;
                        stack.Push((w, 0));
                    }
                }
                else
                {
                    state[v] = 2;
                }
            }
        }
    }

    public (int Upper, int Lower) Ends(int e) => Reversed[e] ? (Graph.Edges[e].To, Graph.Edges[e].From) : (Graph.Edges[e].From, Graph.Edges[e].To);

    /// <summary>Longest-path ranks, then each source moved down to just above its nearest target.</summary>
    public void AssignRanks()
    {
        var n = Graph.Boxes.Count;
        var indegree = new int[n];
        var outgoing = new List<int>[n];
        for (var v = 0; v < n; v++)
        {
            outgoing[v] = [];
            Rank.Add(0);
        }

        for (var e = 0; e < Graph.Edges.Count; e++)
        {
            var (upper, lower) = Ends(e);
            if (upper != lower)
            {
                outgoing[upper].Add(e);
                indegree[lower]++;
            }
        }

        var ready = new PriorityQueue<int, int>();
        for (var v = 0; v < n; v++)
        {
            if (indegree[v] == 0)
            {
                ready.Enqueue(v, v);
            }
        }

        var sources = new List<int>();
        for (var v = 0; v < n; v++)
        {
            if (indegree[v] == 0 && outgoing[v].Count > 0)
            {
                sources.Add(v);
            }
        }

        while (ready.TryDequeue(out var v, out _))
        {
            foreach (var e in outgoing[v])
            {
                var (_, lower) = Ends(e);
                Rank[lower] = System.Math.Max(Rank[lower], Rank[v] + System.Math.Max(1, Graph.Edges[e].MinSpan));
                if (--indegree[lower] == 0)
                {
                    ready.Enqueue(lower, lower);
                }
            }
        }

        foreach (var source in sources)
        {
            Rank[source] = outgoing[source].Min(e => Rank[Ends(e).Lower] - System.Math.Max(1, Graph.Edges[e].MinSpan));
        }

        var lowest = n == 0 ? 0 : Rank.Min();
        for (var v = 0; v < n; v++)
        {
            Rank[v] -= lowest;
        }

        RankCount = n == 0 ? 0 : Rank.Max() + 1;
        for (var v = 0; v < n; v++)
        {
            Down.Add([]);
            Up.Add([]);
        }
    }

    /// <summary>Every edge that spans more than one rank becomes a chain of dummies, in the clusters both its ends share.</summary>
    public void SplitLongEdges()
    {
        for (var e = 0; e < Graph.Edges.Count; e++)
        {
            var (upper, lower) = Ends(e);
            var chain = new List<int> { upper };
            Chains[e] = chain;
            if (upper == lower)
            {
                continue;
            }

            var edge = Graph.Edges[e];
            var shared = SharedCluster(Cluster[upper], Cluster[lower]);
            var span = Rank[lower] - Rank[upper];
            var labelStep = span / 2;
            for (var step = 1; step < span; step++)
            {
                var labelled = edge.LabelWidth > 0 && step == labelStep;
                var dummy = AddVertex(labelled ? edge.LabelWidth : Graph.EdgeSpacing, labelled ? edge.LabelHeight : 0, shared, Rank[upper] + step, labelled ? VertexKind.Label : VertexKind.EdgeBend);
                if (labelled)
                {
                    LabelVertex[e] = dummy;
                }

                chain.Add(dummy);
            }

            chain.Add(lower);
            for (var i = 0; i + 1 < chain.Count; i++)
            {
                Down[chain[i]].Add(chain[i + 1]);
                Up[chain[i + 1]].Add(chain[i]);
            }
        }
    }

    /// <summary>A zero-width vertex in each rank a cluster spans but holds nothing in, so it has a place in every rank's order.</summary>
    public void FillClusterRanks()
    {
        for (var c = 0; c < Graph.Clusters.Count; c++)
        {
            var ranks = new SortedSet<int>();
            for (var v = 0; v < VertexCount; v++)
            {
                if (InCluster(v, c))
                {
                    ranks.Add(Rank[v]);
                }
            }

            if (ranks.Count == 0)
            {
                continue;
            }

            for (var r = ranks.Min + 1; r < ranks.Max; r++)
            {
                if (!ranks.Contains(r))
                {
                    AddVertex(0, 0, c, r, VertexKind.ClusterFiller);
                }
            }
        }
    }

    private int AddVertex(double width, double height, int cluster, int rank, VertexKind kind)
    {
        Width.Add(width);
        Height.Add(height);
        Cluster.Add(cluster);
        Kind.Add(kind);
        Rank.Add(rank);
        Down.Add([]);
        Up.Add([]);
        return VertexCount - 1;
    }

    public int SharedCluster(int a, int b)
    {
        var ofB = Ancestors(b).ToHashSet();
        foreach (var c in Ancestors(a))
        {
            if (ofB.Contains(c))
            {
                return c;
            }
        }

        return -1;
    }
}

internal enum VertexKind : byte
{
    Box,
    EdgeBend,
    Label,
    ClusterFiller,
}
