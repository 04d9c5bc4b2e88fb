namespace Inkstone.Diagrams.Internal.Layout;

/// <summary>
/// Places ranks one below the other (with room for the titles and padding of the clusters that start and end
/// between them) and vertices across: each sweep moves every vertex towards the weighted mean of its neighbours
/// in the rank before, solving each rank exactly as a least-squares problem under the order's minimum gaps
/// (pool-adjacent-violators); bends of long edges weigh more, so long edges run straight. Then vertices outside
/// a cluster are pushed clear of its rectangle.
/// </summary>
internal static class CoordinateSolver
{
    private const int Sweeps = 12;

    public static (double[] X, double[] Y) Place(LayoutWork work, List<int>[] order)
    {
        var y = PlaceRanks(work, order);
        var x = new double[work.VertexCount];
        foreach (var rank in order)
        {
            var at = 0.0;
            for (var i = 0; i < rank.Count; i++)
            {
                at += i == 0 ? 0 : Gap(work, rank[i - 1], rank[i]);
                x[rank[i]] = at;
            }

            var shift = at / 2;
            foreach (var v in rank)
            {
                x[v] -= shift;
            }
        }

        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            var downward = sweep % 2 == 0;
            var both = sweep >= Sweeps - 2;
            for (var k = 0; k < order.Length; k++)
            {
                var rank = order[downward ? k : order.Length - 1 - k];
                var desired = new double[rank.Count];
                var weights = new double[rank.Count];
                for (var i = 0; i < rank.Count; i++)
                {
                    var v = rank[i];
                    double sum = 0, weight = 0;
                    var neighbours = both ? work.Up[v].Concat(work.Down[v]) : downward ? work.Up[v] : work.Down[v];
                    foreach (var n in neighbours)
                    {
                        var w = Weight(work, v, n);
                        sum += w * x[n];
                        weight += w;
                    }

                    desired[i] = weight > 0 ? sum / weight : x[v];
                    weights[i] = weight > 0 ? weight : 0.5;
                }

                Solve(work, rank, desired, weights, x);
            }
        }

        for (var pass = 0; pass < 3; pass++)
        {
            PushOutOfClusters(work, order, x, y);
        }

        return (x, y);
    }

    private static double Weight(LayoutWork work, int a, int b)
    {
        var bends = (work.Kind[a] != VertexKind.Box ? 1 : 0) + (work.Kind[b] != VertexKind.Box ? 1 : 0);
        return bends switch { 2 => 8, 1 => 2, _ => 1 };
    }

    /// <summary>The least distance between the centres of two neighbours in a rank.</summary>
    private static double Gap(LayoutWork work, int left, int right)
    {
        var spacing = work.Kind[left] == VertexKind.Box && work.Kind[right] == VertexKind.Box ? work.Graph.NodeSpacing : work.Graph.EdgeSpacing;
        var gap = (work.Width[left] + work.Width[right]) / 2 + spacing;
        var leftClusters = work.Ancestors(work.Cluster[left]).ToList();
        var rightClusters = work.Ancestors(work.Cluster[right]).ToList();
        foreach (var c in leftClusters.Where(c => !rightClusters.Contains(c)))
        {
            gap += work.Graph.Clusters[c].CrossEndPad;
        }

        foreach (var c in rightClusters.Where(c => !leftClusters.Contains(c)))
        {
            gap += work.Graph.Clusters[c].CrossStartPad;
        }

        return gap;
    }

    /// <summary>
    /// Minimises Σ wᵢ(xᵢ − dᵢ)² subject to xᵢ₊₁ − xᵢ ≥ gapᵢ: with the gaps taken off, an isotonic regression,
    /// solved by pooling adjacent blocks that violate the order.
    /// </summary>
    private static void Solve(LayoutWork work, List<int> rank, double[] desired, double[] weights, double[] x)
    {
        var n = rank.Count;
        var offset = new double[n];
        for (var i = 1; i < n; i++)
        {
            offset[i] = offset[i - 1] + Gap(work, rank[i - 1], rank[i]);
        }

        var blockValue = new List<double>();
        var blockWeight = new List<double>();
        var blockSize = new List<int>();
        for (var i = 0; i < n; i++)
        {
            blockValue.Add(desired[i] - offset[i]);
            blockWeight.Add(weights[i]);
            blockSize.Add(1);
            while (blockValue.Count > 1 && blockValue[^2] > blockValue[^1])
            {
                var weight = blockWeight[^2] + blockWeight[^1];
                var value = (blockValue[^2] * blockWeight[^2] + blockValue[^1] * blockWeight[^1]) / weight;
                var size = blockSize[^2] + blockSize[^1];
                blockValue.RemoveAt(blockValue.Count - 1);
                blockWeight.RemoveAt(blockWeight.Count - 1);
                blockSize.RemoveAt(blockSize.Count - 1);
                blockValue[^1] = value;
                blockWeight[^1] = weight;
                blockSize[^1] = size;
            }
        }

        var index = 0;
        for (var b = 0; b < blockValue.Count; b++)
        {
            for (var k = 0; k < blockSize[b]; k++, index++)
            {
                x[rank[index]] = blockValue[b] + offset[index];
            }
        }
    }

    private static double[] PlaceRanks(LayoutWork work, List<int>[] order)
    {
        var clusters = work.Graph.Clusters;
        var first = new int[clusters.Count];
        var last = new int[clusters.Count];
        Array.Fill(first, int.MaxValue);
        Array.Fill(last, -1);
        for (var v = 0; v < work.VertexCount; v++)
        {
            foreach (var c in work.Ancestors(work.Cluster[v]))
            {
                first[c] = System.Math.Min(first[c], work.Rank[v]);
                last[c] = System.Math.Max(last[c], work.Rank[v]);
            }
        }

        // Room a cluster needs above its first rank and below its last, nested clusters adding up.
        double Above(int rank) => Enumerable.Range(0, clusters.Count).Where(c => first[c] == rank)
            .Select(c => work.Ancestors(c).Where(a => first[a] == rank).Sum(a => clusters[a].RankStartPad)).DefaultIfEmpty(0).Max();
        double Below(int rank) => Enumerable.Range(0, clusters.Count).Where(c => last[c] == rank)
            .Select(c => work.Ancestors(c).Where(a => last[a] == rank).Sum(a => clusters[a].RankEndPad)).DefaultIfEmpty(0).Max();

        var y = new double[work.VertexCount];
        var top = Above(0);
        for (var r = 0; r < order.Length; r++)
        {
            var height = order[r].Count == 0 ? 0 : order[r].Max(v => work.Height[v]);
            foreach (var v in order[r])
            {
                y[v] = top + height / 2;
            }

            top += height + Below(r) + work.Graph.RankSpacing + (r + 1 < order.Length ? Above(r + 1) : 0);
        }

        return y;
    }

    /// <summary>Each cluster's rectangle: its vertices' boxes and its child clusters', with its padding.</summary>
    public static List<Rect> ClusterBoxes(LayoutWork work, double[] x, double[] y)
    {
        var clusters = work.Graph.Clusters;
        var boxes = new Rect?[clusters.Count];
        var byDepth = Enumerable.Range(0, clusters.Count).OrderByDescending(c => work.ClusterDepth[c]).ThenBy(c => c);
        foreach (var c in byDepth)
        {
            double left = double.MaxValue, top = double.MaxValue, right = double.MinValue, bottom = double.MinValue;
            for (var v = 0; v < work.VertexCount; v++)
            {
                if (work.Cluster[v] == c)
                {
                    left = System.Math.Min(left, x[v] - work.Width[v] / 2);
                    right = System.Math.Max(right, x[v] + work.Width[v] / 2);
                    top = System.Math.Min(top, y[v] - work.Height[v] / 2);
                    bottom = System.Math.Max(bottom, y[v] + work.Height[v] / 2);
                }
            }

            for (var child = 0; child < clusters.Count; child++)
            {
                if (clusters[child].Parent == c && boxes[child] is { } inner)
                {
                    left = System.Math.Min(left, inner.X);
                    right = System.Math.Max(right, inner.Right);
                    top = System.Math.Min(top, inner.Y);
                    bottom = System.Math.Max(bottom, inner.Bottom);
                }
            }

            if (left == double.MaxValue)
            {
                continue;
            }

            var pad = clusters[c];
            boxes[c] = new Rect(left - pad.CrossStartPad, top - pad.RankStartPad, right - left + pad.CrossStartPad + pad.CrossEndPad, bottom - top + pad.RankStartPad + pad.RankEndPad);
        }

        return boxes.Select(b => b ?? new Rect(0, 0, 0, 0)).ToList();
    }

    /// <summary>Moves vertices outside a cluster, in the ranks its rectangle spans, to the side of it they are ordered on.</summary>
    private static void PushOutOfClusters(LayoutWork work, List<int>[] order, double[] x, double[] y)
    {
        var boxes = ClusterBoxes(work, x, y);
        var spacing = work.Graph.EdgeSpacing;
        foreach (var rank in order)
        {
            for (var c = 0; c < boxes.Count; c++)
            {
                var box = boxes[c];
                if (box.Width <= 0)
                {
                    continue;
                }

                var members = rank.Select((v, i) => (v, i)).Where(p => work.InCluster(p.v, c)).Select(p => p.i).ToList();
                if (members.Count == 0)
                {
                    continue;
                }

                // A vertex in clusters of its own keeps their padding clear of this cluster too.
                double Pads(int v, bool after) => work.Ancestors(work.Cluster[v]).Where(a => !work.Ancestors(c).Contains(a))
                    .Sum(a => after ? work.Graph.Clusters[a].CrossStartPad : work.Graph.Clusters[a].CrossEndPad);

                for (var i = members[0] - 1; i >= 0; i--)
                {
                    var v = rank[i];
                    var limit = box.X - spacing - work.Width[v] / 2 - Pads(v, after: false);
                    if (x[v] > limit && !work.InCluster(v, c))
                    {
                        x[v] = limit;
                    }
                }

                for (var i = members[^1] + 1; i < rank.Count; i++)
                {
                    var v = rank[i];
                    var limit = box.Right + spacing + work.Width[v] / 2 + Pads(v, after: true);
                    if (x[v] < limit && !work.InCluster(v, c))
                    {
                        x[v] = limit;
                    }
                }
            }

            // Restore the order's gaps, which the pushes may have broken, moving rightwards only.
            for (var i = 1; i < rank.Count; i++)
            {
                x[rank[i]] = System.Math.Max(x[rank[i]], x[rank[i - 1]] + Gap(work, rank[i - 1], rank[i]));
            }

            for (var i = rank.Count - 2; i >= 0; i--)
            {
                x[rank[i]] = System.Math.Min(x[rank[i]], x[rank[i + 1]] - Gap(work, rank[i], rank[i + 1]));
            }
        }
    }
}
