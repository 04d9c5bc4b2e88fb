using System.Numerics;
using System.Runtime.InteropServices;

namespace Inkstone.Taxonomies;

/// <summary>
/// Finds one post's related posts by score level, highest first, without scoring every post that shares a key.
/// </summary>
/// <remarks>
/// A post's score against another is the weight of the keys they share, so every other post's shared keys are one
/// subset of this post's keys, and the posts at one score are those whose shared subset weighs that much. For
/// each subset, in order of weight, the walker reads the rank-ordered list of the posts holding the whole subset (a
/// key's list, a pair's, or for three or more keys the shortest list of a pair in it) and keeps those that share
/// exactly that subset, stopping each list at the first post ranked below the level's last place. Only when the
/// posts found so far are fewer than <see cref="RelatedPostFinder.Count"/> does it go down a level, so each list
/// it reads skips at most the few posts already found above (and the post itself). The answer is the one scoring
/// every post would give, ties included; a post with more than <see cref="MostKeys"/> keys (2^n subsets) is scored
/// against every post sharing a key instead. One walker per thread: it keeps its arrays between posts.
/// </remarks>
internal sealed class RelatedPostLevelWalker(RelatedPostIndex index)
{
    public const int MostKeys = 8;

    private readonly int[] _bit = new int[index.Weights.Length];
    private readonly int[] _subsetWeight = new int[1 << MostKeys];
    private readonly int[] _subsets = new int[1 << MostKeys];
    private readonly int[] _sortKeys = new int[1 << MostKeys];
    private readonly List<int> _found = new(RelatedPostFinder.Count);
    private readonly List<int> _level = new(RelatedPostFinder.Count + 1);
    private RelatedPostScores? _scores;

    /// <summary>The posts most like <paramref name="post"/>, best first: positions in the index's posts.</summary>
    public List<int> Best(int post)
    {
        var keys = index.Keys[post];
        if (keys.Length > MostKeys)
        {
            return ScoreAll(post);
        }

        for (var k = 0; k < keys.Length; k++)
        {
            _bit[keys[k]] = 1 << k;
        }

        var count = OrderSubsets(keys);
        _found.Clear();
        var start = 0;
        while (start < count && _found.Count < RelatedPostFinder.Count)
        {
            var score = _subsetWeight[_subsets[start]];
            var end = start;
            _level.Clear();
            for (; end < count && _subsetWeight[_subsets[end]] == score; end++)
            {
                Collect(post, keys, _subsets[end], RelatedPostFinder.Count - _found.Count);
            }

            _found.AddRange(_level);
            start = end;
        }

        foreach (var key in keys)
        {
            _bit[key] = 0;
        }

        var best = new List<int>(_found.Count);
        foreach (var rank in _found)
        {
            best.Add(index.PostAtRank[rank]);
        }

        return best;
    }

    /// <summary>Puts the non-empty subsets of the keys (as bit masks over them) in <c>_subsets</c>, heaviest first.</summary>
    private int OrderSubsets(int[] keys)
    {
        var count = (1 << keys.Length) - 1;
        for (var mask = 1; mask <= count; mask++)
        {
            _subsetWeight[mask] = _subsetWeight[mask & (mask - 1)] + index.Weights[keys[BitOperations.TrailingZeroCount(mask)]];
            _subsets[mask - 1] = mask;
            _sortKeys[mask - 1] = -_subsetWeight[mask];
        }

        Array.Sort(_sortKeys, _subsets, 0, count);
        return count;
    }

    /// <summary>Adds to the level the best-ranked posts (at most <paramref name="room"/>) that share exactly <paramref name="subset"/>.</summary>
    private void Collect(int post, int[] keys, int subset, int room)
    {
        var list = ListHolding(keys, subset);
        if (list is null)
        {
            return;
        }

        foreach (var rank in CollectionsMarshal.AsSpan(list))
        {
            if (_level.Count == room && rank > _level[^1])
            {
                break;
            }

            var other = index.PostAtRank[rank];
            if (other == post || SharedWith(other) != subset)
            {
                continue;
            }

            var position = _level.Count;
            while (position > 0 && _level[position - 1] > rank)
            {
                position--;
            }

            _level.Insert(position, rank);
            if (_level.Count > room)
            {
                _level.RemoveAt(room);
            }
        }
    }

    /// <summary>A rank-ordered list holding every post that has all the keys of <paramref name="subset"/> (and maybe others).</summary>
    private List<int>? ListHolding(int[] keys, int subset)
    {
        var first = BitOperations.TrailingZeroCount(subset);
        var rest = subset & (subset - 1);
        if (rest == 0)
        {
            return index.Members[keys[first]];
        }

        List<int>? shortest = null;
        for (var a = subset; a != 0; a &= a - 1)
        {
            var low = BitOperations.TrailingZeroCount(a);
            for (var b = a & (a - 1); b != 0; b &= b - 1)
            {
                var pair = index.Pair(keys[low], keys[BitOperations.TrailingZeroCount(b)]);
                if (pair is null)
                {
                    return null;
                }

                if (shortest is null || pair.Count < shortest.Count)
                {
                    shortest = pair;
                }
            }
        }

        return shortest;
    }

    /// <summary>The subset of the current post's keys that <paramref name="other"/> also has.</summary>
    private int SharedWith(int other)
    {
        var mask = 0;
        foreach (var key in index.Keys[other])
        {
            mask |= _bit[key];
        }

        return mask;
    }

    private List<int> ScoreAll(int post)
    {
        _scores ??= new RelatedPostScores(index.Rank.Length);
        foreach (var key in index.Keys[post])
        {
            var weight = index.Weights[key];
            foreach (var rank in CollectionsMarshal.AsSpan(index.Members[key]))
            {
                var other = index.PostAtRank[rank];
                if (other != post)
                {
                    _scores.Add(other, weight);
                }
            }
        }

        return _scores.TakeBest(index.Rank);
    }
}
