using Inkstone.Configuration;
using Inkstone.Data;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Inkstone.Importing;

namespace Inkstone.Building;

/// <summary>
/// What a site folder is, read without building it: the engine it was written for, where it builds by default,
/// the folders it reads (which an output folder must never be, and which <c>serve</c> watches), and the settings
/// taken from another engine's configuration, for <c>inkstone init</c>.
/// </summary>
public sealed record SiteDescription(string Engine, string OutputFolder, IReadOnlyList<string> SourceFolders, IReadOnlyList<string> ConfigFiles)
{
    /// <summary>The settings read from the old engine's files: inkstone.yml key, value, and where it came from.</summary>
    public IReadOnlyList<(string Key, string Value, string From)> Mapping { get; init; } = [];

    /// <summary>The folders whose changes <c>serve</c> rebuilds for (a Jekyll site's are all its visible folders but the output).</summary>
    public IReadOnlyList<string> WatchedFolders { get; init; } = [];

    /// <summary>The site's address as its settings give it (<c>base_url</c>), ending in '/'.</summary>
    public string BaseUrl { get; init; } = "http://localhost/";

    /// <summary>False when the folder is no site Inkstone can read.</summary>
    public bool IsSite { get; init; } = true;

    private static IEnumerable<string> TopFolders(string siteDirectory) =>
        Directory.Exists(siteDirectory) ? Directory.EnumerateDirectories(siteDirectory).Select(Path.GetFileName).OfType<string>() : [];

    public static SiteDescription Of(string siteDirectory)
    {
        var files = new PhysicalFileSystem(siteDirectory);
        var quiet = new DiagnosticBag();
        var own = SiteConfigLoader.Read(files, quiet);
        var declared = own?["from"] is DataScalar from ? SiteDetector.Parse(from.Text) : null;
        var engine = SiteDetector.Detect(files, declared);
        var imported = SiteDetector.Read(files, engine ?? Content.SiteEngine.Inkstone, quiet);
        var layout = imported.Layout;
        var config = own is null ? imported.Config : SiteConfigLoader.Load(own, quiet, imported.Config);
        return new SiteDescription(
            (engine ?? Content.SiteEngine.Inkstone).ToString().ToLowerInvariant(),
            layout.OutputFolder,
            layout.SourceFolders,
            layout.ConfigFiles)
        {
            Mapping = layout.Mapping.Select(m => (m.Key, m.Value, m.From)).ToList(),
            IsSite = engine is not null,
            BaseUrl = config.BaseUrl,
            WatchedFolders = layout.StaticRoots.Any(r => r.Directory.Length == 0)
                ? [.. layout.SourceFolders, .. TopFolders(siteDirectory).Where(f => f != layout.OutputFolder && !f.StartsWith('_') && !f.StartsWith('.') && f is not ("node_modules" or "vendor" or "public"))]
                : layout.SourceFolders,
        };
    }
}
