using Inkstone.Feeds;

namespace Inkstone.Building;

/// <summary>
/// Writes the Atom, RSS and JSON feeds, the sitemap and robots.txt. A feed or a sitemap made from the same inputs
/// as the published one is kept instead (<see cref="FeedInputs"/>).
/// </summary>
internal sealed class FeedStage : IBuildStage
{
    public string Name => "feeds";

    public void Run(BuildContext context)
    {
        var site = context.Site;
        var (posts, pages) = (context.Rendered.Posts, context.Rendered.Pages);
        var views = context.Lists.Views;
        var output = context.Output;
        var entries = output.NotesInputs ? FeedInputs.Entries(site.Config, FeedEntries.Select(posts, site.Config.FeedEntries), context.Caches.Texts) : (UInt128?)null;
        var (atom, rss, json) = (new Lazy<string>(() => AtomFeedWriter.Write(site.Config, posts, views)),
            new Lazy<string>(() => RssFeedWriter.Write(site.Config, posts, views)),
            new Lazy<string>(() => JsonFeedWriter.Write(site.Config, posts, views)));

        void Feed(string path, Content.FeedFormat format, Lazy<string> text)
        {
            var inputs = entries is { } e ? FeedInputs.Feed(e, path, format.ToString()) : (UInt128?)null;
            if (inputs is not { } kept || !output.TryKeep(path, kept))
            {
                output.Write(path, System.Text.Encoding.UTF8.GetBytes(text.Value), inputs);
            }
        }

        Feed("atom.xml", Content.FeedFormat.Atom, atom);
        Feed("rss.xml", Content.FeedFormat.Rss, rss);
        Feed("feed.json", Content.FeedFormat.Json, json);

        // A feed a reader subscribed to on the old site (Jekyll's /feed.xml, Hugo's /index.xml) keeps working.
        foreach (var copy in site.Layout.FeedCopies.Where(c => c.Path is not ("atom.xml" or "rss.xml" or "feed.json")))
        {
            Feed(copy.Path, copy.Format, copy.Format switch
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
        var limits = context.Options.SitemapLimits ?? SitemapLimits.SitemapsOrg;
        var baidu = site.Config.China.BaiduSitemap;

        // Baidu's sitemap reports what it leaves out, so it is made in every build, with the sitemap it sits beside.
        var single = output.NotesInputs && !baidu ? FeedInputs.SingleSitemap(dated, lists, site.Config.BaseUrl, limits) : (UInt128?)null;
        if (single is not { } keep || !output.TryKeep("sitemap.xml", keep))
        {
            var urls = SitemapWriter.Urls(dated, lists);
            var sitemaps = SitemapWriter.Write(urls, views, limits);
            var one = sitemaps.Count == 1;
            if (baidu)
            {
                sitemaps = [.. sitemaps, .. SitemapWriter.Write(BaiduSitemap.Urls(urls, dated, views, context.Diagnostics), views, SitemapLimits.Baidu, BaiduSitemap.Name)];
            }

            foreach (var (path, xml) in sitemaps)
            {
                output.Write(path, System.Text.Encoding.UTF8.GetBytes(xml), one && path == "sitemap.xml" ? single : null);
            }
        }

        output.WriteText("robots.txt", SitemapWriter.Robots(views, baidu ? ["sitemap.xml", BaiduSitemap.Name + ".xml"] : ["sitemap.xml"]));
    }
}
