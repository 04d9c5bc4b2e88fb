namespace Inkstone.Search;

/// <summary>
/// The distinct terms of one post, each with the <see cref="SearchField"/> bits it was found in. A term
/// seen again is found by its span, so only a post's distinct terms become strings.
/// </summary>
internal sealed class SearchTermFields : ISearchTermSink
{
    private readonly Dictionary<string, int> _weights = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SearchTermFields() => _lookup = _weights.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The field the terms added next come from.</summary>
    public SearchField Field { get; set; }

    public IReadOnlyDictionary<string, int> Weights => _weights;

    public void Add(ReadOnlySpan<char> term)
    {
        if (_lookup.TryGetValue(term, out var weight))
        {
            _lookup[term] = weight | (int)Field;
        }
        else
        {
            _weights[term.ToString()] = (int)Field;
        }
    }
}
