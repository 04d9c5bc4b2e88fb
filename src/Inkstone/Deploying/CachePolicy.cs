using System.Text.RegularExpressions;

namespace Inkstone.Deploying;

/// <summary>
/// The Cache-Control an object gets. A fingerprinted asset (<c>main.2176466c.css</c>: <c>asset_url</c> links the
/// theme's stylesheets and scripts by a digest of their bytes) never changes under its name, so browsers and
/// CDNs keep it a year. Pages, feeds and the search index change with every post under the same name, so they
/// are kept five minutes: a new post reaches readers that quickly, and a CDN still answers a burst of readers.
/// Other files (images, fonts, files of <c>static/</c>) may be replaced under the same name now and then: an hour.
/// </summary>
internal static partial class CachePolicy
{
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Short = "public, max-age=300";
    public const string Hour = "public, max-age=3600";

    public static string For(string path)
    {
        if (Fingerprinted().IsMatch(path))
        {
            return Immutable;
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension is ".html" or ".htm" or ".xml" or ".json" or ".txt" or "" ? Short : Hour;
    }

    [GeneratedRegex(@"\.[0-9a-f]{8}\.(css|js)$")]
    private static partial Regex Fingerprinted();
}
