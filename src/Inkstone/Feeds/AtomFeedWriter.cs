using Inkstone.Configuration;
using Inkstone.Markdown;
using Inkstone.Templating;

namespace Inkstone.Feeds;

/// <summary>Writes <c>/atom.xml</c> (RFC 4287) with each post's full rendered content.</summary>
internal static class AtomFeedWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static string Write(SiteConfig config, IReadOnlyList<RenderedPost> posts, ViewModelFactory links, string home = "/")
    {
        var entries = FeedEntries.Select(posts, config.FeedEntries);
        return FeedXml.Write(w =>
        {
            w.WriteStartElement("feed", Ns);
            w.WriteAttributeString("xml", "lang", null, config.LanguageTag);
            w.WriteAttributeString("xml", "base", null, config.BaseUrl);
            w.WriteElementString("title", Ns, config.Title);
            if (config.Description.Length > 0)
            {
                w.WriteElementString("subtitle", Ns, config.Description);
            }

            Link(w, links.Absolute(home + "atom.xml"), "self", "application/atom+xml");
            Link(w, links.Absolute(home), "alternate", "text/html");
            w.WriteElementString("id", Ns, links.Absolute(home));
            w.WriteElementString("updated", Ns, ViewModelFactory.IsoDate(FeedEntries.Updated(entries)));
            w.WriteStartElement("author", Ns);
            w.WriteElementString("name", Ns, config.Author.Name.Length > 0 ? config.Author.Name : config.Title);
            w.WriteEndElement();
            w.WriteElementString("generator", Ns, "Inkstone");
            foreach (var rendered in entries)
            {
                var post = rendered.Post;
                w.WriteStartElement("entry", Ns);
                w.WriteElementString("title", Ns, post.Title);
                Link(w, links.Absolute(post.Url), "alternate", "text/html");
                w.WriteElementString("id", Ns, links.Absolute(post.Url));
                w.WriteElementString("published", Ns, ViewModelFactory.IsoDate(post.Date));
                w.WriteElementString("updated", Ns, ViewModelFactory.IsoDate(post.Updated ?? post.Date));
                foreach (var term in post.Categories.Concat(post.Tags))
                {
                    w.WriteStartElement("category", Ns);
                    w.WriteAttributeString("term", term);
                    w.WriteEndElement();
                }

                w.WriteStartElement("summary", Ns);
                w.WriteAttributeString("type", "text");
                w.WriteString(rendered.Excerpt.Text);
                w.WriteEndElement();
                w.WriteStartElement("content", Ns);
                w.WriteAttributeString("type", "html");
                w.WriteString(FeedContent.Html(rendered, links.Absolute(post.Url)));
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
        });
    }

    private static void Link(System.Xml.XmlWriter w, string href, string rel, string type)
    {
        w.WriteStartElement("link", Ns);
        w.WriteAttributeString("href", href);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteEndElement();
    }
}
