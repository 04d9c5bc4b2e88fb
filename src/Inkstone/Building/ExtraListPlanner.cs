using System.Globalization;
using Inkstone.Markdown;

namespace Inkstone.Building;

/// <summary>
/// The list pages some engines have and Inkstone's own layout does not, planned for sites brought from them so
/// their addresses keep working: Hugo's section lists (<c>/posts/</c>, <c>/notes/</c>), and Hexo's year and month
/// archives (<c>/archives/2025/</c>, <c>/archives/2025/03/</c>) with <c>/archives/</c> continued on <c>/archives/page/2/</c>.
/// </summary>
internal static class ExtraListPlanner
{
    public static void Plan(List<PageJob> jobs, BuildContext context, Func<string, string, string, Dictionary<string, object?>> model)
    {
        if (context.Site.Layout.SectionOf is { } sectionOf)
        {
            string Prefix(RenderedPost p) => context.Site.Layout.Languages.FirstOrDefault(t => t.Holds(p.Post))?.Prefix.TrimEnd('/') ?? "";
            var sections = context.Rendered.Posts
                .Select(p => (Post: p, Section: sectionOf(p.Post) is { } s ? (Url: Prefix(p) + s.Url, s.Title) : ((string Url, string Title)?)null))
                .Where(p => p.Section is not null)
                .GroupBy(p => p.Section!.Value.Url, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var section in sections)
            {
                var title = section.First().Section!.Value.Title;
                Add(jobs, context, model, section.Key, title, section.Select(s => s.Post).ToList());
            }
        }

        if (context.Site.Layout.DatedArchives)
        {
            var strings = Templating.UiStrings.Load(context.Site.Theme, context.Site.Config.LanguageTag);
            var archives = (string)strings["archives"]!;
            foreach (var year in context.Lists.Archives)
            {
                var yearText = year.Year.ToString("0000", CultureInfo.InvariantCulture);
                Add(jobs, context, model, $"/archives/{yearText}/", $"{archives} · {yearText}", year.Months.SelectMany(m => m.Posts).ToList());
                foreach (var month in year.Months)
                {
                    var monthText = month.Month.ToString("00", CultureInfo.InvariantCulture);
                    Add(jobs, context, model, $"/archives/{yearText}/{monthText}/", $"{archives} · {yearText}-{monthText}", month.Posts);
                }
            }

            // The first page of /archives/ is Inkstone's archive; its later pages continue the list as Hexo paginated it.
            var all = new List<PageJob>();
            Add(all, context, model, "/archives/", archives, context.Rendered.Posts);
            jobs.AddRange(all.Where(j => j.Url != "/archives/"));
        }
    }

    private static void Add(
        List<PageJob> jobs, BuildContext context, Func<string, string, string, Dictionary<string, object?>> model, string url, string title, IReadOnlyList<RenderedPost> posts)
    {
        PagePlanner.AddList(jobs, url, "list", context, posts, (n, total) =>
        {
            var m = model("list", n == 1 ? title : $"{title} · {n}/{total}", Paginator.PageUrl(url, n, context.Site.Layout.PagePattern));
            m["list"] = new Dictionary<string, object?> { ["title"] = title, ["count"] = posts.Count, ["url"] = context.Lists.Views.Link(url) };
            return m;
        });
    }
}
