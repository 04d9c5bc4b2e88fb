using Inkstone.Markdown;
using Inkstone.Taxonomies;
using Inkstone.Templating;

namespace Inkstone.Building;

/// <summary>What the taxonomy stage makes: the lists pages, feeds and search are made from, and the factory of the models templates read.</summary>
/// <param name="Listed">The posts the home page and the term pages list: all but those of another language's own lists (<paramref name="Languages"/>).</param>
/// <param name="Languages">The lists of each language that has its own under a prefix (a Hugo site's <c>/en/</c>).</param>
/// <param name="Related">Each post's related posts, by source path.</param>
internal sealed record SiteLists(
    IReadOnlyList<RenderedPost> Listed,
    IReadOnlyList<LanguageLists> Languages,
    IReadOnlyList<Term> Categories,
    IReadOnlyList<Term> Tags,
    IReadOnlyList<ArchiveYear> Archives,
    IReadOnlyList<Series> Series,
    IReadOnlyDictionary<string, IReadOnlyList<RenderedPost>> Related,
    ViewModelFactory Views);
