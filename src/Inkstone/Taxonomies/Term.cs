using Inkstone.Markdown;

namespace Inkstone.Taxonomies;

/// <summary>A category or tag with its posts, newest first.</summary>
internal sealed record Term(string Name, string Slug, string Url, IReadOnlyList<RenderedPost> Posts);
