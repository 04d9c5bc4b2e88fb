using System.Globalization;
using Inkstone.Markdown;
using Inkstone.Taxonomies;

namespace Inkstone.Building;

/// <summary>
/// Plans the archive: one page of every post at <c>/archives/</c> while the site has at most
/// <see cref="Configuration.SiteConfig.ArchivePerPage"/> posts; past that, <c>/archives/</c> lists the years and each
/// year has its own page at <c>/archives/YYYY/</c>, continued on <c>/archives/YYYY/page/N/</c> when the year alone
/// has more, so no archive page grows with the site. A site from Hexo keeps Hexo's year lists at those addresses
/// (<see cref="ExtraListPlanner"/>), and the years link to them.
/// </summary>
internal static class ArchivePlanner
{
    public const string Url = "/archives/";

    private static bool IsSplit(BuildContext context, IReadOnlyList<RenderedPost> posts) => posts.Count > context.Site.Config.ArchivePerPage;

    /// <param name="home">The language's home: "/" for the site's language, "/en/" for a translation's.</param>
    public static string YearUrl(int year, string home = "/") => $"{home}{Url[1..]}{year.ToString("0000", CultureInfo.InvariantCulture)}/";

    /// <summary>The first pages of a split archive's years with their newest post's date, for the sitemap; none when it is one page.</summary>
    public static IEnumerable<(string Url, DateTimeOffset? LastModified)> YearPages(BuildContext context, IReadOnlyList<RenderedPost> posts, IReadOnlyList<ArchiveYear> archives, string home = "/") =>
        IsSplit(context, posts) && !context.Site.Layout.DatedArchives
            ? archives.Select(y => (YearUrl(y.Year, home), (DateTimeOffset?)y.Months.SelectMany(m => m.Posts).Max(p => p.Post.Updated ?? p.Post.Date)))
            : [];

    /// <param name="model">Makes a page's model from its kind, title and address.</param>
    /// <param name="posts">The posts of the archive's language; <paramref name="archives"/> them by year.</param>
    public static void Plan(
        List<PageJob> jobs, BuildContext context, Func<string, string, string, Dictionary<string, object?>> model, string title,
        IReadOnlyList<RenderedPost> posts, IReadOnlyList<ArchiveYear> archives, string home = "/")
    {
        var views = context.Lists.Views;
        var url = home + Url[1..];
        var index = model("archives", title, url);
        index["total"] = posts.Count;
        if (!IsSplit(context, posts))
        {
            index["years"] = archives.Select(y => Year(y, y.Months, views)).ToList();
            jobs.Add(new PageJob(url, "archives", index, posts, null));
            return;
        }

        var yearLinks = archives.Select(y => new Dictionary<string, object?>
        {
            ["year"] = y.Year,
            ["count"] = y.Count,
            ["url"] = views.Link(YearUrl(y.Year, home)),
        }).ToList();
        index["year_links"] = yearLinks;
        index["years"] = new List<object?>();
        jobs.Add(new PageJob(url, "archives", index, [], null));
        if (context.Site.Layout.DatedArchives && home == "/")
        {
            return;
        }

        var pattern = context.Site.Layout.PagePattern;
        foreach (var year in archives)
        {
            var yearUrl = YearUrl(year.Year, home);
            var yearPosts = year.Months.SelectMany(m => m.Posts).ToList();
            var pages = Paginator.Split(yearPosts, context.Site.Config.ArchivePerPage);
            foreach (var (number, shown) in pages)
            {
                var yearTitle = $"{title} · {year.Year.ToString(CultureInfo.InvariantCulture)}";
                var pageUrl = Paginator.PageUrl(yearUrl, number, pattern);
                var page = model("archives", number == 1 ? yearTitle : $"{yearTitle} · {number}/{pages.Count}", pageUrl);
                page["total"] = year.Count;
                page["archive_year"] = year.Year;
                page["year_links"] = yearLinks;
                page["years"] = new List<object?> { Year(year, Months(year.Year, shown, context.Site.Config.TimeZone), views) };
                page["paginator"] = PagePlanner.PaginatorModel(context, yearUrl, number, pages.Count);
                jobs.Add(new PageJob(pageUrl, "archives", page, shown, null));
            }
        }
    }

    /// <summary>The months of one page of a year: its posts, newest first, grouped as they run.</summary>
    private static List<ArchiveMonth> Months(int year, IReadOnlyList<RenderedPost> shown, TimeZoneInfo zone) =>
        shown.GroupBy(p => TimeZoneInfo.ConvertTime(p.Post.Date, zone).Month)
            .Select(m => new ArchiveMonth(year, m.Key, m.ToList()))
            .ToList();

    private static Dictionary<string, object?> Year(ArchiveYear year, IReadOnlyList<ArchiveMonth> months, Templating.ViewModelFactory views) => new()
    {
        ["year"] = year.Year,
        ["count"] = year.Count,
        ["months"] = months.Select(m => new Dictionary<string, object?>
        {
            ["year"] = m.Year,
            ["month"] = m.Month,
            ["month_padded"] = m.Month.ToString("00", CultureInfo.InvariantCulture),
            ["posts"] = m.Posts.Select(views.Post).ToList(),
        }).ToList(),
    };
}
