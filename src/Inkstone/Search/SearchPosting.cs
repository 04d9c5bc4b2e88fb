namespace Inkstone.Search;

/// <summary>One document a term occurs in, with the sum of the <see cref="SearchField"/>s it occurs in.</summary>
internal readonly record struct SearchPosting(int Doc, int Weight);
