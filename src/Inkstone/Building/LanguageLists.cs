using Inkstone.Content;
using Inkstone.Markdown;
using Inkstone.Taxonomies;
using Inkstone.Templating;

namespace Inkstone.Building;

/// <summary>
/// The posts of one language with lists of its own, its categories and tags (with URLs under its prefix), its archive,
/// and the factory of its posts' models, whose terms link to its own term pages.
/// </summary>
internal sealed record LanguageLists(
    LanguageTree Tree, IReadOnlyList<RenderedPost> Posts, IReadOnlyList<Term> Categories, IReadOnlyList<Term> Tags, IReadOnlyList<ArchiveYear> Archives, ViewModelFactory Views);
