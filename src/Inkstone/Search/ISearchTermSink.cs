namespace Inkstone.Search;

/// <summary>
/// Receives the terms <see cref="SearchTokenizer"/> finds. A term is a span into a buffer that is reused,
/// so an index can look it up without allocating a string for every one of the millions of occurrences.
/// </summary>
internal interface ISearchTermSink
{
    void Add(ReadOnlySpan<char> term);
}
