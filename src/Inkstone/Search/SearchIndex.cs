namespace Inkstone.Search;

/// <summary>
/// The whole search index before it is cut into shards. Document ids follow date, newest first, so a
/// lower id breaks a tie in favour of the newer post; terms are in ordinal order and each posting list
/// in id order, so the same site always gives the same bytes.
/// </summary>
internal sealed record SearchIndex(IReadOnlyList<SearchDocument> Documents, IReadOnlyCollection<KeyValuePair<string, List<SearchPosting>>> Postings);
