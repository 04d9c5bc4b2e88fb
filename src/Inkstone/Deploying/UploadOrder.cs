namespace Inkstone.Deploying;

/// <summary>
/// The order that keeps a site whole for its readers while objects arrive one by one: first everything a
/// page loads (stylesheets, scripts, images, fonts, search shards), then the pages, the home page last of
/// them, then the feeds, the sitemap and robots.txt, which announce the new pages. A reader may see a new
/// page before the home page lists it, never a page whose stylesheet or image has not arrived.
/// </summary>
internal static class UploadOrder
{
    public static IReadOnlyList<SiteFile> Sort(IEnumerable<SiteFile> files) =>
        files.OrderBy(f => Rank(f.Path)).ThenBy(f => f.Path, StringComparer.Ordinal).ToList();

    /// <summary>0 what pages load, 1 a page, 2 the home page and the not-found page, 3 what announces pages (the feeds and sitemaps at the top).</summary>
    public static int Rank(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var atTop = !path.Contains('/');
        if (atTop && (name is "robots.txt" or "feed.json" || name.EndsWith(".xml", StringComparison.Ordinal)))
        {
            return 3;
        }

        if (!name.EndsWith(".html", StringComparison.Ordinal))
        {
            return 0;
        }

        return path is "index.html" or "404.html" ? 2 : 1;
    }
}
