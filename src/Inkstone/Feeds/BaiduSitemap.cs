using System.Text;
using Inkstone.Diagnostics;
using Inkstone.Markdown;
using Inkstone.Templating;

namespace Inkstone.Feeds;

/// <summary>
/// <c>/baidusitemap.xml</c> (<c>china: { baidu_sitemap: true }</c>), the name Hexo's hexo-generator-baidu-sitemap gave
/// it: the sitemap's addresses in the sitemaps.org form Baidu's webmaster tools read, within Baidu's own limits
/// (<see cref="SitemapLimits.Baidu"/>, and 256 bytes an address).
/// </summary>
internal static class BaiduSitemap
{
    public const string Name = "baidusitemap";

    /// <summary>Baidu reads a <c>loc</c> of at most this many bytes.</summary>
    public const int MaxUrlBytes = 256;

    /// <summary>The addresses Baidu can take; one it cannot (a long Chinese title, percent-encoded) is left out with a warning.</summary>
    public static IReadOnlyList<(string Url, DateTimeOffset? LastModified)> Urls(
        IReadOnlyList<(string Url, DateTimeOffset? LastModified)> urls, IReadOnlyList<RenderedPost> posts, ViewModelFactory links, DiagnosticBag diagnostics)
    {
        var sources = posts.GroupBy(p => p.Post.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Post, StringComparer.Ordinal);
        var kept = new List<(string Url, DateTimeOffset? LastModified)>(urls.Count);
        foreach (var entry in urls)
        {
            var address = links.Absolute(entry.Url);
            // Measured as a crawler requests it: Chinese is nine bytes a character once percent-encoded.
            var bytes = Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri.AbsoluteUri.Length : Encoding.UTF8.GetByteCount(address);
            if (bytes <= MaxUrlBytes)
            {
                kept.Add(entry);
                continue;
            }

            // At what made the address: the post's slug or permalink when it has one.
            var location = sources.GetValueOrDefault(entry.Url) is { } post
                ? post.Locate("slug", "permalink", "url")
                : SourceLocation.File("inkstone.yml");
            diagnostics.Warning(DiagnosticIds.BaiduUrlTooLong, location,
                $"'{address}' is {bytes} bytes once percent-encoded, over the {MaxUrlBytes} Baidu's sitemap takes; it is left out of {Name}.xml.",
                "Give the post a shorter 'slug' (Latin words, or pinyin), which keeps its address short once percent-encoded.");
        }

        return kept;
    }
}
