namespace Inkstone.Taxonomies;

/// <summary>
/// The site's posts as <see cref="RelatedPostFinder"/> reads them: each post's keys (a tag or a category, by id),
/// the rank of each post (newer first, then by path), and the ranks of the posts that hold each key and each pair
/// of keys, ascending. Lists in rank order let the finder stop reading a list at the first posts that fit.
/// </summary>
internal sealed class RelatedPostIndex
{
    private readonly Dictionary<long, List<int>> _pairs;

    private RelatedPostIndex(int[] rank, int[] postAtRank, int[][] keys, int[] weights, List<int>[] members, Dictionary<long, List<int>> pairs)
    {
        Rank = rank;
        PostAtRank = postAtRank;
        Keys = keys;
        Weights = weights;
        Members = members;
        _pairs = pairs;
    }

    /// <summary>Each post's rank: 0 for the newest, equal dates ordered by path.</summary>
    public int[] Rank { get; }

    public int[] PostAtRank { get; }

    /// <summary>Each post's key ids, ascending, without repeats.</summary>
    public int[][] Keys { get; }

    /// <summary>Each key's points: 2 for a tag, 1 for a category.</summary>
    public int[] Weights { get; }

    /// <summary>The ranks of the posts holding each key, ascending.</summary>
    public List<int>[] Members { get; }

    /// <param name="keys">Each post's keys as names with their weights, without repeats.</param>
    /// <param name="order">The posts from the newest (rank 0) on.</param>
    public static RelatedPostIndex Build(IReadOnlyList<(string Key, int Weight)[]> keys, IReadOnlyList<int> order)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var weights = new List<int>();
        var postKeys = new int[keys.Count][];
        for (var post = 0; post < keys.Count; post++)
        {
            var own = new int[keys[post].Length];
            for (var k = 0; k < own.Length; k++)
            {
                var (name, weight) = keys[post][k];
                if (!ids.TryGetValue(name, out var id))
                {
                    id = ids.Count;
                    ids[name] = id;
                    weights.Add(weight);
                }

                own[k] = id;
            }

            Array.Sort(own);
            postKeys[post] = own;
        }

        var rank = new int[keys.Count];
        var postAtRank = order.ToArray();
        var members = new List<int>[ids.Count];
        for (var id = 0; id < members.Length; id++)
        {
            members[id] = [];
        }

        var pairs = new Dictionary<long, List<int>>();
        for (var r = 0; r < postAtRank.Length; r++)
        {
            var own = postKeys[postAtRank[r]];
            rank[postAtRank[r]] = r;
            for (var a = 0; a < own.Length; a++)
            {
                members[own[a]].Add(r);
                for (var b = a + 1; b < own.Length; b++)
                {
                    ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(pairs, PairKey(own[a], own[b]), out _);
                    list ??= [];
                    list.Add(r);
                }
            }
        }

        return new RelatedPostIndex(rank, postAtRank, postKeys, [.. weights], members, pairs);
    }

    /// <summary>The ranks of the posts holding both keys (<paramref name="low"/> below <paramref name="high"/>), or none.</summary>
    public List<int>? Pair(int low, int high) => _pairs.GetValueOrDefault(PairKey(low, high));

    private static long PairKey(int low, int high) => ((long)low << 32) | (uint)high;
}
