using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Markdig;

namespace Inkstone.Markdown;

/// <summary>What rendering one post may consult: the site, every post by source path, and where to report problems.</summary>
internal sealed record PostRenderContext(
    SiteConfig Config,
    MarkdownPipeline Pipeline,
    IReadOnlyDictionary<string, Post> PostsBySource,
    ISiteFileSystem Files,
    DiagnosticBag Diagnostics,
    CodeBlocks.HighlightCache Highlights,
    Inkstone.Math.MathCompiler Math,
    Inkstone.Math.MathMacroTable MathMacros,
    bool Strict)
{
    /// <summary>Image sizes by site path, read once per build however many posts show the image.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, Images.ImageSize?> ImageSizes { get; } = new(StringComparer.Ordinal);

    /// <summary>Images read with libvips by site path, once per build however many posts show them.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, Inkstone.Images.ImageInspection> ImageInspections { get; } = new(StringComparer.Ordinal);

    /// <summary>SVG images sanitized by site path (null: not an SVG document), once per build.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, Content.Notebooks.SanitizedMarkup?> SanitizedSvgs { get; } = new(StringComparer.Ordinal);

    /// <summary>Where the site keeps its files and the engine it came from (heading ids, where images are published).</summary>
    public SiteLayout Layout { get; init; } = SiteLayout.Inkstone;

    /// <summary>Every post and page by its URL, for links written as the site's URLs rather than source files.</summary>
    public IReadOnlyDictionary<string, Post> PostsByUrl { get; init; } = new Dictionary<string, Post>(StringComparer.Ordinal);

    /// <summary>Static files by output path ("img/a.png"), with the site file each comes from.</summary>
    public IReadOnlyDictionary<string, string> StaticByOutput { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Static files by site path, with the output path each is published at.</summary>
    public IReadOnlyDictionary<string, string> PublishedStatic { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>What posts' templates share (Liquid in Jekyll and Hexo posts, Hexo's and Jekyll's tags); null renders bodies as they are.</summary>
    public Liquid.LiquidSite? Liquid { get; init; }

    /// <summary>What posts' Hugo shortcodes share; null renders bodies without reading shortcodes.</summary>
    public HugoShortcodes.ShortcodeSite? Shortcodes { get; init; }

    /// <summary>The render hooks the site overrides (<c>layouts/render/*.liquid</c>); null when it overrides none.</summary>
    public RenderHooks.RenderHookTemplates? RenderHooks { get; init; }

    /// <summary>Graphviz's <c>dot</c>, for <c>```dot</c> fences; its outputs are kept across a session's builds.</summary>
    public Diagrams.GraphvizRunner Graphviz { get; init; } = new();

    /// <summary>The bibliographies of the build, read once before posts render.</summary>
    public Citations.SiteBibliographies Bibliographies { get; init; } = Citations.SiteBibliographies.None;

    /// <summary>The theme's words posts' markup carries (an algorithm's caption, a diagram's source), in each language.</summary>
    public required InterfaceLanguages Words { get; init; }

    /// <summary>Set while one post renders for the build cache: what the rendering reads from outside the post.</summary>
    public RenderDependencies? Dependencies { get; init; }
}
