using System.Text;
using Inkstone.Markdown;
using Inkstone.Templating;

namespace Inkstone.Feeds;

/// <summary>
/// Writes <c>/sitemap.xml</c> (sitemaps.org 0.9) and <c>/robots.txt</c> pointing at it. A site over the limits of one
/// sitemap file gets <c>/sitemap-1.xml</c>, <c>/sitemap-2.xml</c>, ... and <c>/sitemap.xml</c> becomes the index of them,
/// so robots.txt and whatever a writer gave a search console keep working.
/// </summary>
internal static class SitemapWriter
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    /// <summary>The addresses of the site, in the order the sitemap lists them.</summary>
    /// <param name="listPages">URLs of list pages (index, taxonomies, archives) with the date of their newest post.</param>
    public static IReadOnlyList<(string Url, DateTimeOffset? LastModified)> Urls(IReadOnlyList<RenderedPost> postsAndPages, IReadOnlyList<(string Url, DateTimeOffset? LastModified)> listPages) =>
        listPages
            .Concat(postsAndPages.Select(p => (p.Post.Url, (DateTimeOffset?)(p.Post.Updated ?? p.Post.Date))))
            .DistinctBy(u => u.Item1)
            .OrderBy(u => u.Item1, StringComparer.Ordinal)
            .ToList();

    /// <summary>The sitemap files by output path: <c>NAME.xml</c> alone, or the index and its parts when <paramref name="limits"/> are exceeded.</summary>
    /// <param name="name"><c>sitemap</c>, or <c>baidusitemap</c> for the copy Baidu's webmaster tools are given.</param>
    /// <param name="alternates">Each translated page's versions by its URL, written as <c>xhtml:link</c>s with their <c>hreflang</c>, itself included as Google asks.</param>
    public static IReadOnlyList<(string Path, string Xml)> Write(
        IReadOnlyList<(string Url, DateTimeOffset? LastModified)> urls, ViewModelFactory links, SitemapLimits limits, string name = "sitemap",
        IReadOnlyDictionary<string, IReadOnlyList<(string Language, string Url)>>? alternates = null)
    {
        var parts = Split(urls, links, limits, alternates ?? new Dictionary<string, IReadOnlyList<(string, string)>>());
        if (parts.Count == 1)
        {
            return [($"{name}.xml", parts[0])];
        }

        var files = parts.Select((xml, i) => ($"{name}-{i + 1}.xml", xml)).ToList();
        files.Add(($"{name}.xml", Index(files.Select(f => links.Absolute("/" + f.Item1)))));
        return files;
    }

    /// <param name="sitemaps">The sitemaps to name, <c>sitemap.xml</c> first.</param>
    public static string Robots(ViewModelFactory links, IEnumerable<string> sitemaps) =>
        "User-agent: *\nAllow: /\n\n" + string.Concat(sitemaps.Select(s => $"Sitemap: {links.Absolute("/" + s)}\n"));

    /// <summary>
    /// Cuts the URLs into files of at most <see cref="SitemapLimits.Urls"/> each, halving a file again while it is over
    /// <see cref="SitemapLimits.Bytes"/>: only a site of very long addresses ever needs the second cut, and measuring the
    /// written file is exact where estimating escaped characters would not be.
    /// </summary>
    private static List<string> Split(
        IReadOnlyList<(string Url, DateTimeOffset? LastModified)> urls, ViewModelFactory links, SitemapLimits limits, IReadOnlyDictionary<string, IReadOnlyList<(string Language, string Url)>> alternates)
    {
        var parts = new List<string>();
        for (var start = 0; start == 0 || start < urls.Count; start += limits.Urls)
        {
            Add(urls.Skip(start).Take(limits.Urls).ToList());
        }

        return parts;

        void Add(IReadOnlyList<(string Url, DateTimeOffset? LastModified)> part)
        {
            var xml = UrlSet(part);
            if (part.Count > 1 && Encoding.UTF8.GetByteCount(xml) > limits.Bytes)
            {
                Add(part.Take(part.Count / 2).ToList());
                Add(part.Skip(part.Count / 2).ToList());
                return;
            }

            parts.Add(xml);
        }

        string UrlSet(IEnumerable<(string Url, DateTimeOffset? LastModified)> part) =>
            FeedXml.Write(w =>
            {
                w.WriteStartElement("urlset", Ns);
                if (alternates.Count > 0)
                {
                    w.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
                }

                foreach (var (url, lastModified) in part)
                {
                    w.WriteStartElement("url", Ns);
                    w.WriteElementString("loc", Ns, links.Absolute(url));
                    if (lastModified is { } date)
                    {
                        w.WriteElementString("lastmod", Ns, ViewModelFactory.IsoDate(date));
                    }

                    foreach (var (language, other) in alternates.GetValueOrDefault(url) ?? [])
                    {
                        w.WriteStartElement("xhtml", "link", XhtmlNs);
                        w.WriteAttributeString("rel", "alternate");
                        w.WriteAttributeString("hreflang", language);
                        w.WriteAttributeString("href", links.Absolute(other));
                        w.WriteEndElement();
                    }

                    w.WriteEndElement();
                }

                w.WriteEndElement();
            });
    }

    private static string Index(IEnumerable<string> sitemapUrls) =>
        FeedXml.Write(w =>
        {
            w.WriteStartElement("sitemapindex", Ns);
            foreach (var url in sitemapUrls)
            {
                w.WriteStartElement("sitemap", Ns);
                w.WriteElementString("loc", Ns, url);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        });
}
