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

        // Each language has its feeds: the site's at the root, a translation's in its folder (/en/atom.xml).
        var feeds = new List<(string Home, Configuration.SiteConfig Config, IReadOnlyList<Markdown.RenderedPost> Posts)> { ("/", site.Config, context.Lists.Listed) };
        feeds.AddRange(context.Lists.Languages.Select(l => (l.Tree.Prefix, site.Config with { LanguageTag = l.Tree.Code }, l.Posts)));
        foreach (var (home, config, own) in feeds)
        {
            WriteFeeds(context, home, config, own);
        }

        // A feed a reader subscribed to on the old site (Jekyll's /feed.xml, Hugo's /index.xml) keeps working.
        foreach (var copy in site.Layout.FeedCopies.Where(c => c.Path is not ("atom.xml" or "rss.xml" or "feed.json")))
        {
            WriteFeed(context, "/", copy.Path, copy.Format, site.Config, context.Lists.Listed);
        }

        DateTimeOffset? Newest(IEnumerable<Markdown.RenderedPost> posts) =>
            posts.Select(p => (DateTimeOffset?)(p.Post.Updated ?? p.Post.Date)).DefaultIfEmpty(null).Max();

        var listed = context.Lists.Listed;
        var lists = new List<(string, DateTimeOffset?)> { ("/", Newest(listed)), ("/archives/", Newest(listed)), (site.Layout.CategoriesUrl, null), (site.Layout.TagsUrl, null), ("/search/", null) };
        lists.AddRange(ArchivePlanner.YearPages(context, listed, context.Lists.Archives));
        lists.AddRange(context.Lists.Categories.Concat(context.Lists.Tags).Select(t => (t.Url, Newest(t.Posts))));
        foreach (var language in context.Lists.Languages)
        {
            var home = language.Tree.Prefix;
            lists.AddRange([(home, Newest(language.Posts)), (home + "archives/", Newest(language.Posts)), (home + site.Layout.CategoriesUrl.TrimStart('/'), null), (home + site.Layout.TagsUrl.TrimStart('/'), null), (home + "search/", null)]);
            lists.AddRange(ArchivePlanner.YearPages(context, language.Posts, language.Archives, home));
            lists.AddRange(language.Categories.Concat(language.Tags).Select(t => (t.Url, Newest(t.Posts))));
        }

        var dated = posts.Concat(pages.Where(p => p.Post.Date != DateTimeOffset.UnixEpoch)).ToList();
        lists.AddRange(pages.Where(p => p.Post.Date == DateTimeOffset.UnixEpoch).Select(p => (p.Post.Url, (DateTimeOffset?)null)));
        var limits = context.Options.SitemapLimits ?? SitemapLimits.SitemapsOrg;
        var baidu = site.Config.China.BaiduSitemap;

        // Baidu's sitemap reports what it leaves out, so it is made in every build, with the sitemap it sits beside.
        var alternates = SitemapAlternates(context);
        var single = output.NotesInputs && !baidu && alternates.Count == 0 ? FeedInputs.SingleSitemap(dated, lists, site.Config.BaseUrl, limits) : (UInt128?)null;
        if (single is not { } keep || !output.TryKeep("sitemap.xml", keep))
        {
            var urls = SitemapWriter.Urls(dated, lists);
            var sitemaps = SitemapWriter.Write(urls, views, limits, alternates: alternates);
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

    private static void WriteFeeds(BuildContext context, string home, Configuration.SiteConfig config, IReadOnlyList<Markdown.RenderedPost> posts)
    {
        WriteFeed(context, home, "atom.xml", Content.FeedFormat.Atom, config, posts);
        WriteFeed(context, home, "rss.xml", Content.FeedFormat.Rss, config, posts);
        WriteFeed(context, home, "feed.json", Content.FeedFormat.Json, config, posts);
    }

    /// <summary>One feed of <paramref name="posts"/> at <paramref name="home"/> + <paramref name="name"/>, kept when made from the same inputs.</summary>
    private static void WriteFeed(BuildContext context, string home, string name, Content.FeedFormat format, Configuration.SiteConfig config, IReadOnlyList<Markdown.RenderedPost> posts)
    {
        var (output, views) = (context.Output, context.Lists.Views);
        var path = home.TrimStart('/') + name;
        var inputs = output.NotesInputs ? FeedInputs.Feed(FeedInputs.Entries(config, FeedEntries.Select(posts, config.FeedEntries), context.Caches.Texts), path, format.ToString()) : (UInt128?)null;
        if (inputs is { } kept && output.TryKeep(path, kept))
        {
            return;
        }

        var text = format switch
        {
            Content.FeedFormat.Rss => RssFeedWriter.Write(config, posts, views, home),
            Content.FeedFormat.Json => JsonFeedWriter.Write(config, posts, views, home),
            _ => AtomFeedWriter.Write(config, posts, views, home),
        };
        output.Write(path, System.Text.Encoding.UTF8.GetBytes(text), inputs);
    }

    /// <summary>The other languages' versions of each translated post and page, by URL, for the sitemap's <c>xhtml:link</c>s.</summary>
    private static Dictionary<string, IReadOnlyList<(string Language, string Url)>> SitemapAlternates(BuildContext context)
    {
        var result = new Dictionary<string, IReadOnlyList<(string, string)>>(StringComparer.Ordinal);
        foreach (var group in context.Content.Translations.Groups.Values.Where(g => g.Count > 1))
        {
            var versions = group.Select(t => (t.Language, t.Post.Url)).Append(("x-default", group[0].Post.Url)).ToList();
            foreach (var translation in group)
            {
                result[translation.Post.Url] = versions;
            }
        }

        return result;
    }
}
