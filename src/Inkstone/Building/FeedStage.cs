using Inkstone.Feeds;

namespace Inkstone.Building;

/// <summary>Writes the Atom, RSS and JSON feeds, the sitemap and robots.txt.</summary>
internal sealed class FeedStage : IBuildStage
{
    public string Name => "feeds";

    public void Run(BuildContext context)
    {
        var site = context.Site;
        var (posts, pages) = (context.Rendered.Posts, context.Rendered.Pages);
        var views = context.Lists.Views;
        var atom = AtomFeedWriter.Write(site.Config, posts, views);
        var rss = RssFeedWriter.Write(site.Config, posts, views);
        var json = JsonFeedWriter.Write(site.Config, posts, views);
        context.Output.WriteText("atom.xml", atom);
        context.Output.WriteText("rss.xml", rss);
        context.Output.WriteText("feed.json", json);

        // A feed a reader subscribed to on the old site (Jekyll's /feed.xml, Hugo's /index.xml) keeps working.
        foreach (var copy in site.Layout.FeedCopies.Where(c => c.Path is not ("atom.xml" or "rss.xml" or "feed.json")))
        {
            context.Output.WriteText(copy.Path, copy.Format switch
            {
                Content.FeedFormat.Rss => rss,
                Content.FeedFormat.Json => json,
                _ => atom,
            });
        }

        DateTimeOffset? Newest(IEnumerable<Markdown.RenderedPost> posts) =>
            posts.Select(p => (DateTimeOffset?)(p.Post.Updated ?? p.Post.Date)).DefaultIfEmpty(null).Max();

        var lists = new List<(string, DateTimeOffset?)> { ("/", Newest(posts)), ("/archives/", Newest(posts)), (site.Layout.CategoriesUrl, null), (site.Layout.TagsUrl, null), ("/search/", null) };
        lists.AddRange(ArchivePlanner.YearPages(context));
        lists.AddRange(context.Lists.Categories.Concat(context.Lists.Tags).Select(t => (t.Url, Newest(t.Posts))));
        var dated = posts.Concat(pages.Where(p => p.Post.Date != DateTimeOffset.UnixEpoch)).ToList();
        lists.AddRange(pages.Where(p => p.Post.Date == DateTimeOffset.UnixEpoch).Select(p => (p.Post.Url, (DateTimeOffset?)null)));
        var urls = SitemapWriter.Urls(dated, lists);
        var sitemaps = SitemapWriter.Write(urls, views, context.Options.SitemapLimits ?? SitemapLimits.SitemapsOrg);
        if (site.Config.China.BaiduSitemap)
        {
            sitemaps = [.. sitemaps, .. SitemapWriter.Write(BaiduSitemap.Urls(urls, dated, views, context.Diagnostics), views, SitemapLimits.Baidu, BaiduSitemap.Name)];
        }

        foreach (var (path, xml) in sitemaps)
        {
            context.Output.WriteText(path, xml);
        }

        context.Output.WriteText("robots.txt", SitemapWriter.Robots(views, site.Config.China.BaiduSitemap ? ["sitemap.xml", BaiduSitemap.Name + ".xml"] : ["sitemap.xml"]));
    }
}
