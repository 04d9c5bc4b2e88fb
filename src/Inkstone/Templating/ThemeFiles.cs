using System.IO.Hashing;
using System.Reflection;
using System.Text.RegularExpressions;
using Inkstone.Caching;
using Inkstone.FileSystem;
using Inkstone.Hashing;

namespace Inkstone.Templating;

/// <summary>
/// The theme as one set of files: the default theme embedded in the engine, with any file in the
/// site's <c>layouts/</c> folder taking the place of the theme's template of the same name, and any
/// file in the site's <c>assets/</c> folder taking the place of the theme's asset.
/// </summary>
internal sealed partial class ThemeFiles
{
    private const string ResourcePrefix = "theme/";
    private static readonly Assembly EngineAssembly = typeof(ThemeFiles).Assembly;

    private readonly ISiteFileSystem _site;
    private readonly Dictionary<string, string> _embedded;
    private readonly Lazy<Dictionary<string, string>> _fingerprints;

    public ThemeFiles(ISiteFileSystem site)
    {
        _site = site;
        _embedded = EngineAssembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToDictionary(n => n[ResourcePrefix.Length..].Replace('\\', '/'), n => n, StringComparer.Ordinal);
        _fingerprints = new Lazy<Dictionary<string, string>>(MakeFingerprints);
    }

    /// <summary>Reads a template such as "post.liquid" or "partials/card.liquid"; null when neither the site nor the theme has it.</summary>
    public string? ReadTemplate(string name)
    {
        var overridePath = "layouts/" + name;
        if (_site.FileExists(overridePath))
        {
            return System.Text.Encoding.UTF8.GetString(_site.ReadAllBytes(overridePath)).TrimStart('\uFEFF');
        }

        var bytes = ReadEmbedded("templates/" + name);
        return bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
    }

    /// <summary>True when the template comes from the site's layouts folder (reported paths then point there).</summary>
    public bool IsOverridden(string name) => _site.FileExists("layouts/" + name);

    /// <summary>
    /// The theme's static assets (CSS, JS, fonts) as output paths under "assets/", with their bytes; each stylesheet
    /// and script also under its fingerprinted name (<see cref="FingerprintedPath"/>), which pages link to.
    /// </summary>
    public IEnumerable<(string Path, byte[] Bytes)> Assets()
    {
        foreach (var (name, bytes) in AssetFiles())
        {
            yield return (name, bytes);
            if (Fingerprints().TryGetValue(name, out var fingerprinted))
            {
                yield return (fingerprinted, bytes);
            }
        }
    }

    /// <summary>
    /// The name a page links an asset by ("css/main.css" is published as "assets/css/main.3f2a1c9e.css"): a short
    /// digest of its bytes in the name, so a deployed site can let browsers keep it for good, and an edit is a new
    /// name. Fonts keep their names, since the stylesheets refer to them by name. Unknown names stay as given.
    /// </summary>
    public string FingerprintedPath(string asset)
    {
        var path = "assets/" + asset.TrimStart('/');
        return Fingerprints().GetValueOrDefault(path, path);
    }

    private IEnumerable<(string Path, byte[] Bytes)> AssetFiles()
    {
        const string prefix = "assets/";
        foreach (var name in _embedded.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return (name, _site.FileExists(name) ? _site.ReadAllBytes(name) : ReadEmbedded(name)!);
        }
    }

    private Dictionary<string, string> Fingerprints() => _fingerprints.Value;

    // Pages render in parallel and all ask; the digests are made once.
    private Dictionary<string, string> MakeFingerprints() => AssetFiles()
        .Where(a => a.Path.EndsWith(".css", StringComparison.Ordinal) || a.Path.EndsWith(".js", StringComparison.Ordinal))
        .ToDictionary(a => a.Path, a =>
        {
            var digest = Convert.ToHexStringLower(XxHash64.Hash(a.Bytes))[..8];
            var dot = a.Path.LastIndexOf('.');
            return $"{a.Path[..dot]}.{digest}{a.Path[dot..]}";
        }, StringComparer.Ordinal);

    /// <summary>
    /// A digest of every template a page can use (the theme's and the site's layouts), or null when a
    /// template reads the clock (Liquid's <c>"now"</c> or <c>"today"</c>), since its pages then change
    /// with time and can never be kept from one build to the next.
    /// </summary>
    public UInt128? TemplatesDigest()
    {
        var hash = new XxHash128();
        var names = _embedded.Keys.Where(k => k.StartsWith("templates/", StringComparison.Ordinal)).Select(k => k["templates/".Length..])
            .Concat(_site.DirectoryExists("layouts") ? _site.EnumerateFiles("layouts").Select(p => p["layouts/".Length..]) : [])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var text = ReadTemplate(name) ?? "";
            if (ClockPattern().IsMatch(text))
            {
                return null;
            }

            hash.AppendText(name);
            hash.AppendText(text);
        }

        // Pages link assets by their fingerprinted names, so an edited asset makes every page again.
        foreach (var (_, fingerprinted) in Fingerprints().OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            hash.AppendText(fingerprinted);
        }

        return hash.GetCurrentHashAsUInt128();
    }

    public byte[]? ReadEmbedded(string name)
    {
        if (!_embedded.TryGetValue(name, out var resource))
        {
            return null;
        }

        using var stream = EngineAssembly.GetManifestResourceStream(resource)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    [GeneratedRegex("""["']\s*(now|today)\s*["']""", RegexOptions.IgnoreCase)]
    private static partial Regex ClockPattern();
}
