namespace Inkstone.Markdown.Liquid;

/// <summary>A page's address as a link writes it: under the site's base path, each segment percent-encoded as Jekyll and Hexo write theirs.</summary>
internal static class SiteUrls
{
    public static string Link(string basePath, string url) =>
        basePath + string.Join('/', url.TrimStart('/').Split('/').Select(Uri.EscapeDataString));
}
