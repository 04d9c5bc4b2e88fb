using System.Globalization;
using Inkstone.Configuration;
using Inkstone.Markdown;
using Inkstone.Templating;

namespace Inkstone.Feeds;

/// <summary>Writes <c>/rss.xml</c> (RSS 2.0): the excerpt as description, the full content as content:encoded.</summary>
internal static class RssFeedWriter
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    public static string Write(SiteConfig config, IReadOnlyList<RenderedPost> posts, ViewModelFactory links, string home = "/")
    {
        var entries = FeedEntries.Select(posts, config.FeedEntries);
        return FeedXml.Write(w =>
        {
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "content", null, ContentNs);
            w.WriteAttributeString("xmlns", "atom", null, AtomNs);
            w.WriteStartElement("channel");
            w.WriteElementString("title", config.Title);
            w.WriteElementString("link", links.Absolute(home));
            w.WriteElementString("description", config.Description.Length > 0 ? config.Description : config.Title);
            w.WriteElementString("language", config.LanguageTag);
            w.WriteElementString("generator", "Inkstone");
            w.WriteElementString("lastBuildDate", Rfc822(FeedEntries.Updated(entries)));
            w.WriteStartElement("atom", "link", AtomNs);
            w.WriteAttributeString("href", links.Absolute(home + "rss.xml"));
            w.WriteAttributeString("rel", "self");
            w.WriteAttributeString("type", "application/rss+xml");
            w.WriteEndElement();
            foreach (var rendered in entries)
            {
                var post = rendered.Post;
                w.WriteStartElement("item");
                w.WriteElementString("title", post.Title);
                w.WriteElementString("link", links.Absolute(post.Url));
                w.WriteStartElement("guid");
                w.WriteAttributeString("isPermaLink", "true");
                w.WriteString(links.Absolute(post.Url));
                w.WriteEndElement();
                w.WriteElementString("pubDate", Rfc822(post.Date));
                foreach (var term in post.Categories.Concat(post.Tags))
                {
                    w.WriteElementString("category", term);
                }

                w.WriteElementString("description", rendered.Excerpt.Text);
                w.WriteStartElement("content", "encoded", ContentNs);
                w.WriteCData(FeedContent.Html(rendered, links.Absolute(post.Url)).Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal));
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
        });
    }

    private static string Rfc822(DateTimeOffset date) => date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + date.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal);
}
