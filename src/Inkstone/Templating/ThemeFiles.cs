using System.IO.Hashing;
using System.Reflection;
using System.Text.RegularExpressions;
using Inkstone.Caching;
using Inkstone.FileSystem;

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

    public ThemeFiles(ISiteFileSystem site)
    {
        _site = site;
        _embedded = EngineAssembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToDictionary(n => n[ResourcePrefix.Length..].Replace('\\', '/'), n => n, StringComparer.Ordinal);
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

    /// <summary>The theme's static assets (CSS, JS, fonts) as output paths under "assets/", with their bytes.</summary>
    public IEnumerable<(string Path, byte[] Bytes)> Assets()
    {
        const string prefix = "assets/";
        foreach (var name in _embedded.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var sitePath = name;
            yield return (name, _site.FileExists(sitePath) ? _site.ReadAllBytes(sitePath) : ReadEmbedded(name)!);
        }
    }

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
