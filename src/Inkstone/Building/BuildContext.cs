using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Inkstone.Markdown;
using Inkstone.Output;
using Inkstone.Taxonomies;
using Inkstone.Templating;

namespace Inkstone.Building;

/// <summary>
/// The state of one build, passed from stage to stage. Each stage fills in what later stages read;
/// nothing here outlives the build, and nothing is static.
/// </summary>
internal sealed class BuildContext(ISiteFileSystem files, IOutputSink output, BuildOptions options, DiagnosticBag diagnostics, BuildCaches caches, string? cacheDirectory = null)
{
    /// <summary>The site's files; the config stage replaces it with one that follows links out of the site when the config says so.</summary>
    public ISiteFileSystem Files { get; set; } = files;

    /// <summary>Where pages go.</summary>
    public IOutputSink Output { get; set; } = output;

    public BuildOptions Options { get; } = options;

    /// <summary>"Now" for the whole build, read once: which posts are in the future, the templates' <c>"now"</c>.</summary>
    public DateTimeOffset Now { get; } = options.Now ?? DateTimeOffset.Now;

    public DiagnosticBag Diagnostics { get; set; } = diagnostics;

    public BuildCaches Caches { get; } = caches;

    /// <summary>Where rendered posts are cached between runs (<c>SITE/.inkstone/cache</c>); null for no disk cache.</summary>
    public string? CacheDirectory { get; } = cacheDirectory;

    /// <summary>The disk cache, opened by the config stage when <see cref="CacheDirectory"/> is set.</summary>
    public Caching.RenderCache? Cache { get; set; }

    /// <summary>The digest of the settings every cache key includes (<see cref="Caching.RenderCacheKey.Settings"/>).</summary>
    public byte[] CacheSettings { get; set; } = [];

    /// <summary>The addresses posts had when the site was last published, for redirects from the old address of a moved post; null without a cache.</summary>
    public Caching.AddressBook? Addresses { get; set; }

    /// <summary>How many posts and pages the markdown stage took from the disk cache.</summary>
    public int PostsFromCache { get; set; }

    public SiteConfig Config { get; set; } = new();

    /// <summary>Where the site keeps its sources and how they get URLs: Inkstone's layout or an imported engine's.</summary>
    public SiteLayout Layout { get; set; } = SiteLayout.Inkstone;

    public ThemeFiles Theme { get; set; } = null!;

    public SiteContent Content { get; set; } = global::Inkstone.Content.SiteContent.Empty;

    public IReadOnlyList<RenderedPost> Posts { get; set; } = [];

    public IReadOnlyList<RenderedPost> Pages { get; set; } = [];

    /// <summary>The posts the home page and the term pages list: all but those of another language's own lists (<see cref="Languages"/>).</summary>
    public IReadOnlyList<RenderedPost> Listed { get; set; } = [];

    /// <summary>The lists of each language that has its own under a prefix (a Hugo site's <c>/en/</c>).</summary>
    public IReadOnlyList<LanguageLists> Languages { get; set; } = [];

    public IReadOnlyList<Term> Categories { get; set; } = [];

    public IReadOnlyList<Term> Tags { get; set; } = [];

    public IReadOnlyList<ArchiveYear> Archives { get; set; } = [];

    public IReadOnlyList<Series> Series { get; set; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<RenderedPost>> Related { get; set; } = new Dictionary<string, IReadOnlyList<RenderedPost>>();

    public ViewModelFactory Views { get; set; } = null!;

    /// <summary>What rendering a post needs.</summary>
    public PostRenderContext? RenderContext { get; set; }

    public TemplateRenderer Templates { get; set; } = null!;

    /// <summary>Set by a stage when later stages cannot run (no config, for example).</summary>
    public bool Stopped { get; set; }
}
