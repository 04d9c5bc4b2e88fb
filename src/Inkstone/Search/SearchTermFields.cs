using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Inkstone.Search;

/// <summary>
/// Collects the distinct terms of one post at a time, by their id in the site's <see cref="SearchTermTable"/>,
/// each with the <see cref="SearchField"/> bits it was found in. One instance serves a thread's posts in
/// turn, so its tables are sized once rather than grown again for every post.
/// </summary>
/// <remarks>
/// Most occurrences in Chinese text are character bigrams, two UTF-16 units. Such a short term is its
/// own integer key (the two units side by side), so counting it costs no string hash; it is looked up
/// in the shared table once per post, in <see cref="TakePostings"/>, instead of at every occurrence.
/// </remarks>
internal sealed class SearchTermFields : ISearchTermSink
{
    private readonly SearchTermTable _table;
    private readonly PostTermBits _short = new();
    private readonly PostTermBits _long = new();

    // This thread's memory of the shared table: the same terms recur post after post, and a private
    // hash table answers faster than the shared one.
    private readonly Dictionary<int, int> _shortIds = [];
    private readonly Dictionary<string, int> _longIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _longIdLookup;

    public SearchTermFields(SearchTermTable table)
    {
        _table = table;
        _longIdLookup = _longIds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The field the terms added next come from.</summary>
    public SearchField Field { get; set; }

    public void Add(ReadOnlySpan<char> term)
    {
        // No term holds U+0000, so a one-unit term's key (high half zero) never equals a two-unit one's.
        if (term.Length <= 2)
        {
            var key = term.Length == 1 ? term[0] : (term[0] << 16) | term[1];
            _short.Add(key, (int)Field);
        }
        else
        {
            _long.Add(LongId(term), (int)Field);
        }
    }

    /// <summary>The post's terms as (term id, field bits), in no particular order; the collector is then empty for the next post.</summary>
    public (int Term, int Fields)[] TakePostings()
    {
        // Short and long terms are different strings, so their ids never meet: no merging needed.
        var postings = new (int, int)[_short.Count + _long.Count];
        for (var i = 0; i < _short.Count; i++)
        {
            var (key, bits) = _short.At(i);
            postings[i] = (ShortId(key), bits);
        }

        for (var i = 0; i < _long.Count; i++)
        {
            postings[_short.Count + i] = _long.At(i);
        }

        _short.Clear();
        _long.Clear();
        return postings;
    }

    private int LongId(ReadOnlySpan<char> term)
    {
        if (!_longIdLookup.TryGetValue(term, out var id))
        {
            id = _table.IdOf(term);
            _longIds[term.ToString()] = id;
        }

        return id;
    }

    private int ShortId(int key)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_shortIds, key, out var known);
        if (!known)
        {
            Span<char> units = [(char)(key >> 16), (char)key];
            id = _table.IdOf(units[0] == '\0' ? units[1..] : units);
        }

        return id;
    }

    /// <summary>This collector as a struct sink, for <see cref="SearchTokenizer.Tokenize{TSink}(string, TSink)"/>.</summary>
    public readonly struct Sink(SearchTermFields fields) : ISearchTermSink
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(ReadOnlySpan<char> term) => fields.Add(term);
    }
}
