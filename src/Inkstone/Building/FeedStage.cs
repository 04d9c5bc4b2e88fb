using Inkstone.Feeds;

namespace Inkstone.Building;

/// <summary>Writes the Atom, RSS and JSON feeds, the sitemap and robots.txt.</summary>
internal sealed class FeedStage : IBuildStage
{
    public string Name => "feeds";

    public void Run(BuildContext context)
    {
        var views = context.Views;
        context.Output.WriteText("atom.xml", AtomFeedWriter.Write(context.Config, context.Posts, views));
        context.Output.WriteText("rss.xml", RssFeedWriter.Write(context.Config, context.Posts, views));
        context.Output.WriteText("feed.json", JsonFeedWriter.Write(context.Config, context.Posts, views));

        DateTimeOffset? Newest(IEnumerable<Markdown.RenderedPost> posts) =>
            posts.Select(p => (DateTimeOffset?)(p.Post.Updated ?? p.Post.Date)).DefaultIfEmpty(null).Max();

        var lists = new List<(string, DateTimeOffset?)> { ("/", Newest(context.Posts)), ("/archives/", Newest(context.Posts)), ("/categories/", null), ("/tags/", null), ("/search/", null) };
        lists.AddRange(context.Categories.Concat(context.Tags).Select(t => (t.Url, Newest(t.Posts))));
        var dated = context.Posts.Concat(context.Pages.Where(p => p.Post.Date != DateTimeOffset.UnixEpoch)).ToList();
        lists.AddRange(context.Pages.Where(p => p.Post.Date == DateTimeOffset.UnixEpoch).Select(p => (p.Post.Url, (DateTimeOffset?)null)));
        context.Output.WriteText("sitemap.xml", SitemapWriter.Write(dated, lists, views));
        context.Output.WriteText("robots.txt", SitemapWriter.Robots(views));
    }
}
