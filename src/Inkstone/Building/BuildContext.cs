using Inkstone.Content;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Inkstone.Output;

namespace Inkstone.Building;

/// <summary>
/// The state of one build, passed from stage to stage. What the caller hands the build (files, output, options,
/// caches) is fixed at the start; each stage's result is an immutable record in a slot of its own, set once by the
/// stage that makes it (<see cref="StageResult{T}"/>). Nothing here outlives the build, and nothing is static: a
/// live site's rebuild makes a new context and new records.
/// </summary>
internal sealed class BuildContext(ISiteFileSystem files, IOutputSink output, BuildOptions options, DiagnosticBag diagnostics, BuildCaches caches, string? cacheDirectory = null)
{
    private readonly StageResult<ConfiguredSite> _site = new("config");
    private readonly StageResult<OpenedCache> _cache = new("cache");
    private readonly StageResult<SiteContent> _content = new("content");
    private readonly StageResult<RenderedSite> _rendered = new("markdown");
    private readonly StageResult<SiteLists> _lists = new("taxonomies");
    private readonly StageResult<ProcessedImages> _images = new("images");
    private readonly StageResult<DrawnCards> _cards = new("social-cards");

    /// <summary>The site's files as the caller opened them, which the config stage reads; later stages read <see cref="ConfiguredSite.Files"/>.</summary>
    public ISiteFileSystem SourceFiles { get; } = files;

    /// <summary>Where pages go.</summary>
    public IOutputSink Output { get; } = output;

    public BuildOptions Options { get; } = options;

    /// <summary>"Now" for the whole build, read once: which posts are in the future, the templates' <c>"now"</c>.</summary>
    public DateTimeOffset Now { get; } = options.Now ?? DateTimeOffset.Now;

    /// <summary>Every stage reports here; it collects (the bag is safe for parallel stages), so it is shared, not a result.</summary>
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>What the caller keeps from one build to the next (a live site's), so it changes across builds by design.</summary>
    public BuildCaches Caches { get; } = caches;

    /// <summary>Where rendered posts are cached between runs (<c>SITE/.inkstone/cache</c>); null for no disk cache.</summary>
    public string? CacheDirectory { get; } = cacheDirectory;

    /// <summary>Set by a stage when later stages cannot run (no config, for example); the builder reads it after each stage, so it must change mid-build.</summary>
    public bool Stopped { get; set; }

    /// <summary>The config stage's result.</summary>
    public ConfiguredSite Site => _site.Value;

    /// <summary>The cache stage's result.</summary>
    public OpenedCache Cache => _cache.Value;

    /// <summary>The content stage's result: every post and page with its front matter, static and bundle files.</summary>
    public SiteContent Content => _content.Value;

    /// <summary>The markdown stage's result.</summary>
    public RenderedSite Rendered => _rendered.Value;

    /// <summary>The taxonomy stage's result.</summary>
    public SiteLists Lists => _lists.Value;

    /// <summary>The files the last stage that ran reads: the config stage's, or the caller's when it did not get that far.</summary>
    public ISiteFileSystem Files => _site.ValueIfMade?.Files ?? SourceFiles;

    /// <summary>The rendered posts and pages, or null when the build stopped before the markdown stage.</summary>
    public RenderedSite? RenderedIfMade => _rendered.ValueIfMade;

    /// <summary>The image stage's result: which published paths it wrote, for the static stage to leave alone.</summary>
    public ProcessedImages Images => _images.Value;

    public ProcessedImages? ImagesIfMade => _images.ValueIfMade;

    /// <summary>The social card stage's result: each post's drawn Open Graph image.</summary>
    public DrawnCards Cards => _cards.Value;

    /// <summary>The lists, or null when the build stopped before the taxonomy stage.</summary>
    public SiteLists? ListsIfMade => _lists.ValueIfMade;

    public void Set(ConfiguredSite site) => _site.Set(site);

    public void Set(OpenedCache cache) => _cache.Set(cache);

    public void Set(SiteContent content) => _content.Set(content);

    public void Set(RenderedSite rendered) => _rendered.Set(rendered);

    public void Set(SiteLists lists) => _lists.Set(lists);

    public void Set(ProcessedImages images) => _images.Set(images);

    public void Set(DrawnCards cards) => _cards.Set(cards);
}
