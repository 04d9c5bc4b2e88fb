using Inkstone.Markdown;
using Inkstone.Output;
using Inkstone.Taxonomies;

namespace Inkstone.Building;

/// <summary>
/// Decides every HTML page of the site (posts, pages, lists, taxonomies, series, archives, search, 404): its URL,
/// template, model, and which posts it shows.
/// </summary>
internal static class PagePlanner
{
    public static List<PageJob> Plan(BuildContext context)
    {
        var (config, layout) = (context.Site.Config, context.Site.Layout);
        var (posts, lists) = (context.Rendered.Posts, context.Lists);
        var views = lists.Views;
        var site = views.Site(lists.Categories, lists.Tags);

        // Hexo's tag_dir and category_dir move the term lists; the theme's navigation follows them there.
        site["categories_url"] = views.Link(layout.CategoriesUrl);
        site["tags_url"] = views.Link(layout.TagsUrl);
        site["data"] = context.Content.Data;
        var strings = Templating.UiStrings.Load(context.Site.Theme, config.Language);
        var jobs = new List<PageJob>();

        // Every list shows post models; made here in parallel, not one at a time by the first list that shows each.
        var shown = posts.Concat(context.Rendered.Pages).ToList();
        Parallel.For(0, shown.Count, i => views.Post(shown[i]));

        Dictionary<string, object?> Model(string kind, string title, string url, string? description = null) => new()
        {
            ["site"] = site,
            ["t"] = strings,
            ["page"] = new Dictionary<string, object?>
            {
                ["kind"] = kind,
                ["title"] = title,
                ["url"] = views.Link(url),
                ["permalink"] = views.Absolute(url),
                ["description"] = description ?? config.Description,
            },
        };

        var indexPosts = lists.Listed.OrderByDescending(p => p.Post.Pinned).ThenByDescending(p => p.Post.Date)
            .ThenBy(p => p.Post.SourcePath, StringComparer.Ordinal).ToList();
        var listUrl = layout.PostListUrl;
        AddList(jobs, listUrl, "index", context, indexPosts, (n, total) =>
        {
            var title = n == 1 ? config.Title : $"{config.Title} · {n}/{total}";
            return Model("index", title, Paginator.PageUrl(listUrl, n, layout.PagePattern));
        });

        // Each post's page model is independent of the others' (the post models they share are built once,
        // thread-safely), so they are made in parallel, then added in order.
        var postJobs = new PageJob[posts.Count];
        Parallel.For(0, posts.Count, i =>
        {
            var rendered = posts[i];
            var model = Model("post", rendered.Post.Title, rendered.Post.Url, rendered.Excerpt.Text);
            model["post"] = views.Post(rendered);
            model["json_ld"] = views.JsonLd(rendered);
            model["prev"] = i + 1 < posts.Count ? views.Post(posts[i + 1]) : null;
            model["next"] = i > 0 ? views.Post(posts[i - 1]) : null;
            model["related"] = lists.Related.TryGetValue(rendered.Post.SourcePath, out var related) ? related.Select(views.Post).ToList() : [];
            model["series"] = SeriesModel(context, rendered);
            postJobs[i] = new PageJob(rendered.Post.Url, Layout(rendered, "post", context), model, [rendered], rendered.Post.SourcePath);
        });
        jobs.AddRange(postJobs);

        foreach (var rendered in context.Rendered.Pages)
        {
            var model = Model("page", rendered.Post.Title, rendered.Post.Url, rendered.Excerpt.Text);
            model["post"] = views.Post(rendered);
            jobs.Add(new PageJob(rendered.Post.Url, Layout(rendered, "page", context), model, [rendered], rendered.Post.SourcePath));
        }

        AddTaxonomy(jobs, context, lists.Categories, layout.CategoriesUrl, "categories", "category", Model, strings);
        AddTaxonomy(jobs, context, lists.Tags, layout.TagsUrl, "tags", "tag", Model, strings);
        foreach (var language in lists.Languages)
        {
            var prefix = language.Tree.Prefix;
            var languagePosts = language.Posts.OrderByDescending(p => p.Post.Pinned).ThenByDescending(p => p.Post.Date).ThenBy(p => p.Post.SourcePath, StringComparer.Ordinal).ToList();
            AddList(jobs, prefix, "index", context, languagePosts, (n, total) =>
                Model("index", n == 1 ? config.Title : $"{config.Title} · {n}/{total}", Paginator.PageUrl(prefix, n, layout.PagePattern)));
            AddTaxonomy(jobs, context, language.Categories, prefix + layout.CategoriesUrl.TrimStart('/'), "categories", "category", Model, strings);
            AddTaxonomy(jobs, context, language.Tags, prefix + layout.TagsUrl.TrimStart('/'), "tags", "tag", Model, strings);
        }

        ArchivePlanner.Plan(jobs, context, (kind, title, url) => Model(kind, title, url), (string)strings["archives"]!);
        jobs.Add(new PageJob("/search/", "search", Model("search", (string)strings["search"]!, "/search/"), [], null));

        foreach (var series in lists.Series)
        {
            var model = Model("series", series.Name, series.Url);
            model["series"] = new Dictionary<string, object?> { ["name"] = series.Name, ["url"] = views.Link(series.Url), ["count"] = series.Posts.Count };
            model["posts"] = series.Posts.Select(views.Post).ToList();
            jobs.Add(new PageJob(series.Url, "series", model, series.Posts, null));
        }

        jobs.Add(new PageJob("/404.html", "404", Model("404", (string)strings["not_found_title"]!, "/404.html"), [], null));

        ExtraListPlanner.Plan(jobs, context, (kind, title, url) => Model(kind, title, url));
        jobs = ReservedUrls.Settle(jobs, context);
        var urls = jobs.Select(j => j.Url).Concat(posts.Concat(context.Rendered.Pages).Select(p => p.Post.Url)).ToHashSet(StringComparer.Ordinal);
        jobs.AddRange(RedirectPlanner.Plan(context, urls, (title, url) => Model("redirect", title, url)).ToList());

        return jobs;
    }

    private static Dictionary<string, object?>? SeriesModel(BuildContext context, RenderedPost post)
    {
        var series = context.Lists.Series.FirstOrDefault(s => s.Posts.Contains(post));
        if (series is null)
        {
            return null;
        }

        return new Dictionary<string, object?>
        {
            ["name"] = series.Name,
            ["url"] = context.Lists.Views.Link(series.Url),
            ["count"] = series.Posts.Count,
            ["index"] = series.Posts.ToList().IndexOf(post) + 1,
            ["posts"] = series.Posts.Select(p => new Dictionary<string, object?>
            {
                ["title"] = p.Post.Title,
                ["url"] = context.Lists.Views.Link(p.Post.Url),
                ["current"] = ReferenceEquals(p, post),
            }).ToList(),
        };
    }

    /// <summary>The post's own layout when the theme or the site has it; otherwise reports it and uses the default.</summary>
    private static string Layout(RenderedPost rendered, string fallback, BuildContext context)
    {
        var layout = rendered.Post.Layout;
        if (layout is null || context.Site.Templates.Exists(layout))
        {
            return layout ?? fallback;
        }

        // A site from another engine names that engine's layouts (Jekyll's 'post', Hexo's 'page'); Inkstone's theme
        // lays the page out instead, as a site's own layouts/NAME.liquid can still do.
        if (context.Site.Layout.Engine != Content.SiteEngine.Inkstone)
        {
            return fallback;
        }

        context.Diagnostics.Error(Diagnostics.DiagnosticIds.MissingLayout, rendered.Post.Locate("layout"),
            $"There is no layout '{layout}' in the theme or in layouts/.",
            $"Create layouts/{layout}.liquid, or use one of the theme's layouts: post, page.");
        return fallback;
    }

    internal static void AddList(
        List<PageJob> jobs, string baseUrl, string template, BuildContext context,
        IReadOnlyList<RenderedPost> posts, Func<int, int, Dictionary<string, object?>> model)
    {
        var pages = Paginator.Split(posts, context.Site.Config.PostsPerPage);

        // One list for every page of the list: a page per page of it would grow with the square of the
        // pages (a 4,000-post index has 400). A template marks the current one by paginator.current.
        var numbers = Enumerable.Range(1, pages.Count).Select(n => new Dictionary<string, object?>
        {
            ["number"] = n,
            ["url"] = context.Lists.Views.Link(Paginator.PageUrl(baseUrl, n, context.Site.Layout.PagePattern)),
        }).ToList();
        foreach (var (number, items) in pages)
        {
            var m = model(number, pages.Count);
            m["posts"] = items.Select(context.Lists.Views.Post).ToList();
            var paginator = PaginatorModel(context, baseUrl, number, pages.Count);
            paginator["pages"] = numbers;
            m["paginator"] = paginator;
            jobs.Add(new PageJob(Paginator.PageUrl(baseUrl, number, context.Site.Layout.PagePattern), template, m, items, null));
        }
    }

    /// <summary>What a template reads of page <paramref name="number"/> of a list at <paramref name="baseUrl"/>: its number, the count, the links before and after.</summary>
    internal static Dictionary<string, object?> PaginatorModel(BuildContext context, string baseUrl, int number, int total)
    {
        var (views, pattern) = (context.Lists.Views, context.Site.Layout.PagePattern);
        return new Dictionary<string, object?>
        {
            ["current"] = number,
            ["total"] = total,
            ["prev_url"] = number > 1 ? views.Link(Paginator.PageUrl(baseUrl, number - 1, pattern)) : null,
            ["next_url"] = number < total ? views.Link(Paginator.PageUrl(baseUrl, number + 1, pattern)) : null,
        };
    }

    private static void AddTaxonomy(
        List<PageJob> jobs, BuildContext context, IReadOnlyList<Term> terms, string url,
        string listKind, string termKind, Func<string, string, string, string?, Dictionary<string, object?>> model, Dictionary<string, object?> strings)
    {
        var list = model(listKind, (string)strings[listKind]!, url, null);
        list["terms"] = terms.Select(context.Lists.Views.TermLink).ToList();
        list["taxonomy"] = listKind;
        jobs.Add(new PageJob(url, "terms", list, [], null));

        foreach (var term in terms)
        {
            AddList(jobs, term.Url, "term", context, term.Posts, (n, total) =>
            {
                var m = model(termKind, n == 1 ? term.Name : $"{term.Name} · {n}/{total}", Paginator.PageUrl(term.Url, n, context.Site.Layout.PagePattern), null);
                m["term"] = context.Lists.Views.TermLink(term);
                m["taxonomy"] = listKind;
                return m;
            });
        }
    }
}
