using Inkstone.Markdown;
using Inkstone.Templating;

namespace Inkstone.Feeds;

/// <summary>Writes <c>/sitemap.xml</c> (sitemaps.org 0.9) and <c>/robots.txt</c> pointing at it.</summary>
internal static class SitemapWriter
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="listPages">URLs of list pages (index, taxonomies, archives) with the date of their newest post.</param>
    public static string Write(IReadOnlyList<RenderedPost> postsAndPages, IReadOnlyList<(string Url, DateTimeOffset? LastModified)> listPages, ViewModelFactory links) =>
        FeedXml.Write(w =>
        {
            w.WriteStartElement("urlset", Ns);
            var urls = listPages
                .Concat(postsAndPages.Select(p => (p.Post.Url, (DateTimeOffset?)(p.Post.Updated ?? p.Post.Date))))
                .DistinctBy(u => u.Item1)
                .OrderBy(u => u.Item1, StringComparer.Ordinal);
            foreach (var (url, lastModified) in urls)
            {
                w.WriteStartElement("url", Ns);
                w.WriteElementString("loc", Ns, links.Absolute(url));
                if (lastModified is { } date)
                {
                    w.WriteElementString("lastmod", Ns, ViewModelFactory.IsoDate(date));
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        });

    public static string Robots(ViewModelFactory links) => $"User-agent: *\nAllow: /\n\nSitemap: {links.Absolute("/sitemap.xml")}\n";
}
