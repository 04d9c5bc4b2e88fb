namespace Inkstone.Taxonomies;

/// <summary>One thread's scores for the post being scored, cleared as they are read.</summary>
internal sealed class RelatedPostScores(int size)
{
    private readonly int[] _score = new int[size];
    private readonly List<int> _touched = [];

    public void Add(int post, int weight)
    {
        if (_score[post] == 0)
        {
            _touched.Add(post);
        }

        _score[post] += weight;
    }

    /// <summary>The best <see cref="RelatedPostFinder.Count"/> by score, then rank, in that order; resets for the next post.</summary>
    public List<int> TakeBest(int[] rank)
    {
        var best = new List<int>(RelatedPostFinder.Count + 1);
        foreach (var post in _touched)
        {
            var position = best.Count;
            while (position > 0 && Better(post, best[position - 1], rank))
            {
                position--;
            }

            if (position < RelatedPostFinder.Count)
            {
                best.Insert(position, post);
                if (best.Count > RelatedPostFinder.Count)
                {
                    best.RemoveAt(RelatedPostFinder.Count);
                }
            }
        }

        foreach (var post in _touched)
        {
            _score[post] = 0;
        }

        _touched.Clear();
        return best;
    }

    private bool Better(int a, int b, int[] rank) =>
        _score[a] != _score[b] ? _score[a] > _score[b] : rank[a] < rank[b];
}
