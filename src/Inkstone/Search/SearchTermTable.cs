using System.Collections.Concurrent;

namespace Inkstone.Search;

/// <summary>
/// Numbers the distinct terms of a whole site, shared by the threads that tokenize its posts. A term
/// met again (almost every one of the millions of occurrences) is found by its span without becoming a
/// string, and after that a post's terms are plain integers: merging them into posting lists hashes no
/// strings at all.
/// </summary>
internal sealed class SearchTermTable
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _last = -1;

    public SearchTermTable() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>One more than the highest id given out; ids lost to a race between two threads are never used.</summary>
    public int Capacity => Volatile.Read(ref _last) + 1;

    public int IdOf(ReadOnlySpan<char> term) =>
        _lookup.TryGetValue(term, out var id)
            ? id
            : _ids.GetOrAdd(term.ToString(), static (_, table) => Interlocked.Increment(ref table._last), this);

    /// <summary>The terms by id; an id no term kept is null.</summary>
    public string?[] TermsById()
    {
        var terms = new string?[Capacity];
        foreach (var (term, id) in _ids)
        {
            terms[id] = term;
        }

        return terms;
    }
}
