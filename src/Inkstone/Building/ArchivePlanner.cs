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

    public static bool IsSplit(BuildContext context) => context.Rendered.Posts.Count > context.Site.Config.ArchivePerPage;

    public static string YearUrl(int year) => $"{Url}{year.ToString("0000", CultureInfo.InvariantCulture)}/";

    /// <summary>The first pages of a split archive's years with their newest post's date, for the sitemap; none when it is one page.</summary>
    public static IEnumerable<(string Url, DateTimeOffset? LastModified)> YearPages(BuildContext context) =>
        IsSplit(context) && !context.Site.Layout.DatedArchives
            ? context.Lists.Archives.Select(y => (YearUrl(y.Year), (DateTimeOffset?)y.Months.SelectMany(m => m.Posts).Max(p => p.Post.Updated ?? p.Post.Date)))
            : [];

    /// <param name="model">Makes a page's model from its kind, title and address.</param>
    public static void Plan(List<PageJob> jobs, BuildContext context, Func<string, string, string, Dictionary<string, object?>> model, string title)
    {
        var (posts, archives, views) = (context.Rendered.Posts, context.Lists.Archives, context.Lists.Views);
        var index = model("archives", title, Url);
        index["total"] = posts.Count;
        if (!IsSplit(context))
        {
            index["years"] = archives.Select(y => Year(y, y.Months, views)).ToList();
            jobs.Add(new PageJob(Url, "archives", index, posts, null));
            return;
        }

        var yearLinks = archives.Select(y => new Dictionary<string, object?>
        {
            ["year"] = y.Year,
            ["count"] = y.Count,
            ["url"] = views.Link(YearUrl(y.Year)),
        }).ToList();
        index["year_links"] = yearLinks;
        index["years"] = new List<object?>();
        jobs.Add(new PageJob(Url, "archives", index, [], null));
        if (context.Site.Layout.DatedArchives)
        {
            return;
        }

        var pattern = context.Site.Layout.PagePattern;
        foreach (var year in archives)
        {
            var yearUrl = YearUrl(year.Year);
            var yearPosts = year.Months.SelectMany(m => m.Posts).ToList();
            var pages = Paginator.Split(yearPosts, context.Site.Config.ArchivePerPage);
            foreach (var (number, shown) in pages)
            {
                var yearTitle = $"{title} · {year.Year.ToString(CultureInfo.InvariantCulture)}";
                var url = Paginator.PageUrl(yearUrl, number, pattern);
                var page = model("archives", number == 1 ? yearTitle : $"{yearTitle} · {number}/{pages.Count}", url);
                page["total"] = year.Count;
                page["archive_year"] = year.Year;
                page["year_links"] = yearLinks;
                page["years"] = new List<object?> { Year(year, Months(year.Year, shown, context.Site.Config.TimeZone), views) };
                page["paginator"] = PagePlanner.PaginatorModel(context, yearUrl, number, pages.Count);
                jobs.Add(new PageJob(url, "archives", page, shown, null));
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
