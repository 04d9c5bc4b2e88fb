using System.Collections.Concurrent;
using System.Globalization;
using Fluid;
using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Markdown.Liquid;

/// <summary>
/// What every post's template shares in one build: the tags the site's engine knew, one parser, Liquid's filters with
/// Jekyll's, Jekyll's <c>site</c> (its settings and <c>_data/</c>), the posts by name, and the site's includes,
/// each compiled once. Safe to use from the build's parallel renders.
/// </summary>
internal sealed class LiquidSite
{
    private readonly ConcurrentDictionary<string, Lazy<IncludeTemplate>> _includes = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, object?>> _site;
    private readonly Lazy<IReadOnlyList<string>> _dataFiles;

    /// <param name="now">The build's "now", which <c>"now" | date</c> and <c>site.time</c> show.</param>
    /// <param name="data">The site's data files as the content stage read them (<c>site.data</c>).</param>
    public LiquidSite(SiteConfig config, SiteLayout layout, ISiteFileSystem files, IReadOnlyCollection<Post> posts, IReadOnlyDictionary<string, object?> data, TagCatalog tags, DateTimeOffset now)
    {
        Config = config;
        Layout = layout;
        Files = files;
        Tags = tags;
        Posts = new PostIndex(posts, layout);
        Options = new TemplateOptions
        {
            MemberAccessStrategy = UnsafeMemberAccessStrategy.Instance,
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = config.TimeZone,
            Now = () => TimeZoneInfo.ConvertTime(now, config.TimeZone),
            // A loop that never ends is stopped, and reported, rather than holding up the build.
            MaxSteps = 1_000_000,
        };
        JekyllFilters.AddTo(Options.Filters, config);
        var settings = layout.ConfigFiles.FirstOrDefault(f => f.EndsWith(".yml", StringComparison.Ordinal) && files.FileExists(f));
        DataFolder = layout.DataFolder;
        _dataFiles = new(() => Data.SiteDataReader.Files(files, DataFolder));
        _site = new(() => JekyllSiteVariables(settings, data));
    }

    public SiteConfig Config { get; }

    public SiteLayout Layout { get; }

    public ISiteFileSystem Files { get; }

    public TagCatalog Tags { get; }

    public PostIndex Posts { get; }

    public TemplateOptions Options { get; }

    public PostTemplateParser Parser { get; } = new();

    /// <summary>Jekyll's <c>site</c>: the settings of <c>_config.yml</c> as written, with the title, description and address the build uses, and <c>site.data</c>.</summary>
    public IReadOnlyDictionary<string, object?> Site => _site.Value;

    public string DataFolder { get; }

    /// <summary>The data files (Jekyll's <c>_data/</c>), which a post that evaluates Liquid depends on.</summary>
    public IReadOnlyList<string> DataFiles => _dataFiles.Value;

    /// <summary>An include of <c>_includes/</c> (or beside the post, for <c>include_relative</c>), compiled once per build.</summary>
    public IncludeTemplate Include(string path) =>
        _includes.GetOrAdd(path, p => new Lazy<IncludeTemplate>(() => IncludeTemplate.Compile(p, this))).Value;

    private Dictionary<string, object?> JekyllSiteVariables(string? settings, IReadOnlyDictionary<string, object?> data)
    {
        var site = settings is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : LiquidValues.Map(Importing.ForeignConfig.Read(Files, settings, new DiagnosticBag()));
        var address = new Uri(Config.BaseUrl);
        site["title"] = Config.Title;
        site["description"] = Config.Description;
        site["url"] = address.GetLeftPart(UriPartial.Authority);
        site["baseurl"] = Config.BasePath.TrimEnd('/');
        site["data"] = data;
        return site;
    }
}
