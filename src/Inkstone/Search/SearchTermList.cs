namespace Inkstone.Search;

/// <summary>Collects terms as strings, in order with repeats: for queries and tests, where text is short.</summary>
internal sealed class SearchTermList : ISearchTermSink
{
    public List<string> Terms { get; } = [];

    public void Add(ReadOnlySpan<char> term) => Terms.Add(term.ToString());
}
