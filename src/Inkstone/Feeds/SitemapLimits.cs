namespace Inkstone.Feeds;

/// <summary>How much one sitemap file may hold before the sitemap is split under an index.</summary>
/// <param name="Urls">Addresses per file.</param>
/// <param name="Bytes">Size of a file, uncompressed.</param>
internal sealed record SitemapLimits(int Urls, long Bytes)
{
    /// <summary>The protocol's limits (sitemaps.org, also read by Google, Bing, Baidu and Yandex): 50,000 URLs and 50 MB.</summary>
    public static SitemapLimits SitemapsOrg { get; } = new(50_000, 52_428_800);

    /// <summary>What Baidu's webmaster tools take in one file: 50,000 URLs and 10 MB (10,485,760 bytes).</summary>
    public static SitemapLimits Baidu { get; } = new(50_000, 10_485_760);
}
