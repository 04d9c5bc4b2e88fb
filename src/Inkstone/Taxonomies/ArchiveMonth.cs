using Inkstone.Markdown;

namespace Inkstone.Taxonomies;

internal sealed record ArchiveMonth(int Year, int Month, IReadOnlyList<RenderedPost> Posts);
