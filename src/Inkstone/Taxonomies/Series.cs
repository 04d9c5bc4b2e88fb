using Inkstone.Markdown;

namespace Inkstone.Taxonomies;

/// <summary>An ordered series of posts (<c>series: 强化学习入门</c>), read in order from the first.</summary>
internal sealed record Series(string Name, string Slug, string Url, IReadOnlyList<RenderedPost> Posts);
