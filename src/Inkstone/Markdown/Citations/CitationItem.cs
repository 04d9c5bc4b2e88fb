namespace Inkstone.Markdown.Citations;

/// <summary>
/// One work cited: its key, the words before it (<c>see</c>), the locator or words after it (<c>p. 3</c>), and whether the
/// author's name is left out (<c>[-@key]</c>, for a sentence that names the author already).
/// </summary>
internal sealed record CitationItem(string Key, string Prefix, string Suffix, bool SuppressAuthor);
