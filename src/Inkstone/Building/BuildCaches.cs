using Inkstone.Highlighting;
using Inkstone.Markdown.CodeBlocks;

namespace Inkstone.Building;

/// <summary>
/// Work a build can reuse from an earlier build of the same site: the preview server keeps one of
/// these across rebuilds, so an edit does not highlight every code block again, nor read the disk cache again.
/// </summary>
public sealed class BuildCaches
{
    /// <summary>The hand-written lexers for the core languages and TextMate grammars for the rest; both compile on first use, so they are kept with the caches.</summary>
    internal HighlightCache Highlights { get; } = new(new SyntaxHighlighter(Inkstone.Highlighting.TextMate.TextMateLanguages.Create()));

    /// <summary>Graphviz's <c>dot</c> and the graphs it drew, so a preview's rebuild runs it only for a changed graph.</summary>
    internal Markdown.Diagrams.GraphvizRunner Graphviz { get; init; } = new();

    /// <summary>The rendered posts of <c>.inkstone/cache/</c>, once a build has opened it.</summary>
    // Settable: the cache stage puts a new one here when the settings (and so the cache's file) change between a session's builds.
    internal Caching.RenderCache? Renders { get; set; }

    /// <summary>Decoded renderings, kept only by a long-lived <see cref="SiteSession"/> (a single build would only hold them longer).</summary>
    internal Caching.DecodedRenderings? Decoded { get; init; }

    /// <summary>What reading each source file gave, kept only by a long-lived <see cref="SiteSession"/> so a rebuild parses only the files that changed.</summary>
    internal Content.PostReadings? Readings { get; init; }

    /// <summary>The search index as the last build made it, kept only by a long-lived <see cref="SiteSession"/> so a rebuild indexes only the posts that changed.</summary>
    internal Search.LiveSearchIndex? Search { get; init; }

    /// <summary>The related posts the last build found, kept only by a long-lived <see cref="SiteSession"/>.</summary>
    internal Taxonomies.RelatedPostCache? Related { get; init; }

    /// <summary>Posts' view models and their digests, kept only by a long-lived <see cref="SiteSession"/> so a rebuild makes only the edited post's again.</summary>
    internal Templating.KeptPostModels? PostModels { get; init; }

    /// <summary>Digests of posts' HTML for page digests, kept only by a long-lived <see cref="SiteSession"/>.</summary>
    internal Templating.TextDigests? Texts { get; init; }

    /// <summary>Where a long-lived <see cref="SiteSession"/> leaves the writing of the render cache's file until its writer pauses; null writes it at the end of each build.</summary>
    internal Caching.DeferredSaving? Saving { get; init; }
}
