using Inkstone.Markdown;

namespace Inkstone.Building;

/// <summary>What the markdown stage makes: every post and page rendered, in the order the content stage read them.</summary>
/// <param name="FromCache">How many of them came from the disk cache.</param>
internal sealed record RenderedSite(IReadOnlyList<RenderedPost> Posts, IReadOnlyList<RenderedPost> Pages, int FromCache);
