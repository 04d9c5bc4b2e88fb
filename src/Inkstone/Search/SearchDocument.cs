namespace Inkstone.Search;

/// <summary>
/// What a search result shows of one post. <paramref name="Text"/> is its visible text, cut at
/// <see cref="SearchIndexBuilder.MaxTextBytes"/> (then <paramref name="Truncated"/> is true), from which
/// the browser builds the highlighted snippet and checks that a CJK query occurs as written.
/// </summary>
internal sealed record SearchDocument(int Id, string Title, string Url, string? Category, string? Date, string Text, bool Truncated);
