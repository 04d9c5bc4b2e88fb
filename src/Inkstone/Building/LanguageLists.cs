using Inkstone.Content;
using Inkstone.Markdown;
using Inkstone.Taxonomies;

namespace Inkstone.Building;

/// <summary>The posts of one language with lists of its own, and its categories and tags (with URLs under its prefix).</summary>
internal sealed record LanguageLists(LanguageTree Tree, IReadOnlyList<RenderedPost> Posts, IReadOnlyList<Term> Categories, IReadOnlyList<Term> Tags);
