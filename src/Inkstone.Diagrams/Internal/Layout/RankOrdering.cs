namespace Inkstone.Diagrams.Internal.Layout;

/// <summary>
/// Orders the vertices of each rank to reduce edge crossings: alternating downward and upward barycenter
/// sweeps, keeping the order with the fewest crossings. Each rank is sorted as a tree of clusters, so a
/// cluster's vertices stay side by side in every rank and the cluster can be drawn as one rectangle.
/// </summary>
internal static class RankOrdering
{
    private const int Sweeps = 24;

    public static List<int>[] Order(LayoutWork work)
    {
        var ranks = new List<int>[work.RankCount];
        for (var r = 0; r < ranks.Length; r++)
        {
            ranks[r] = [];
        }

        // First order: depth-first from each box in written order, so a chain written in order reads left to right.
        var seen = new bool[work.VertexCount];
        for (var root = 0; root < work.VertexCount; root++)
        {
            if (seen[root] || work.Up[root].Count > 0 && work.Kind[root] == VertexKind.Box)
            {
                continue;
            }

            var stack = new Stack<int>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var v = stack.Pop();
                if (seen[v])
                {
                    continue;
                }

                seen[v] = true;
                ranks[work.Rank[v]].Add(v);
                for (var i = work.Down[v].Count - 1; i >= 0; i--)
                {
                    stack.Push(work.Down[v][i]);
                }
            }
        }

        for (var v = 0; v < work.VertexCount; v++)
        {
            if (!seen[v])
            {
                ranks[work.Rank[v]].Add(v);
            }
        }

        var position = new double[work.VertexCount];
        void Number(List<int> rank)
        {
            for (var i = 0; i < rank.Count; i++)
            {
                position[rank[i]] = i;
            }
        }

        foreach (var rank in ranks)
        {
            Number(rank);
            Group(work, rank, v => position[v]);
            Number(rank);
        }

        var best = ranks.Select(r => r.ToList()).ToArray();
        var fewest = Crossings(work, ranks, position);
        for (var sweep = 0; sweep < Sweeps && fewest > 0; sweep++)
        {
            var downward = sweep % 2 == 0;
            for (var k = 1; k < ranks.Length; k++)
            {
                var r = downward ? k : ranks.Length - 1 - k;
                var rank = ranks[r];
                var keys = new Dictionary<int, double>();
                foreach (var v in rank)
                {
                    var neighbours = downward ? work.Up[v] : work.Down[v];
                    keys[v] = neighbours.Count == 0 ? position[v] : neighbours.Average(n => position[n]);
                }

                Group(work, rank, v => keys[v]);
                Number(rank);
            }

            var crossings = Crossings(work, ranks, position);
            if (crossings < fewest)
            {
                fewest = crossings;
                best = ranks.Select(r => r.ToList()).ToArray();
            }
        }

        return best;
    }

    /// <summary>Sorts a rank by key, treating each cluster as one item keyed by its vertices' mean; ties keep the current order.</summary>
    private static void Group(LayoutWork work, List<int> rank, Func<int, double> key)
    {
        var current = new Dictionary<int, int>();
        for (var i = 0; i < rank.Count; i++)
        {
            current[rank[i]] = i;
        }

        var sorted = SortLevel(work, rank, -1, key, current);
        rank.Clear();
        rank.AddRange(sorted);
    }

    private static List<int> SortLevel(LayoutWork work, List<int> vertices, int cluster, Func<int, double> key, Dictionary<int, int> current)
    {
        // Items at this level: a vertex whose innermost cluster is this one, or a child cluster holding vertices.
        var items = new List<(double Key, int First, List<int> Vertices)>();
        var byChild = new Dictionary<int, List<int>>();
        var childOrder = new List<int>();
        foreach (var v in vertices)
        {
            var child = ChildOf(work, work.Cluster[v], cluster);
            if (child < 0)
            {
                items.Add((key(v), current[v], [v]));
                continue;
            }

            if (!byChild.TryGetValue(child, out var list))
            {
                byChild[child] = list = [];
                childOrder.Add(child);
            }

            list.Add(v);
        }

        foreach (var child in childOrder)
        {
            var members = byChild[child];
            var inner = SortLevel(work, members, child, key, current);
            items.Add((members.Average(key), members.Min(v => current[v]), inner));
        }

        return items.OrderBy(i => i.Key).ThenBy(i => i.First).SelectMany(i => i.Vertices).ToList();
    }

    /// <summary>The child of <paramref name="parent"/> on the way down to <paramref name="cluster"/>, or -1 when the vertex sits in the parent itself.</summary>
    private static int ChildOf(LayoutWork work, int cluster, int parent)
    {
        var child = -1;
        for (var c = cluster; c >= 0; c = work.Graph.Clusters[c].Parent)
        {
            if (c == parent)
            {
                return child;
            }

            child = c;
        }

        return parent < 0 ? child : -1;
    }

    public static int Crossings(LayoutWork work, List<int>[] ranks, double[] position)
    {
        var total = 0;
        for (var r = 0; r + 1 < ranks.Length; r++)
        {
            var segments = new List<(double Top, double Bottom)>();
            foreach (var v in ranks[r])
            {
                foreach (var w in work.Down[v])
                {
                    segments.Add((position[v], position[w]));
                }
            }

            for (var i = 0; i < segments.Count; i++)
            {
                for (var j = i + 1; j < segments.Count; j++)
                {
                    if ((segments[i].Top - segments[j].Top) * (segments[i].Bottom - segments[j].Bottom) < 0)
                    {
                        total++;
                    }
                }
            }
        }

        return total;
    }
}
