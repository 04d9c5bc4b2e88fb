using Inkstone.Content;
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
        var strings = Templating.UiStrings.Load(context.Site.Theme, config.LanguageTag);
        var languages = LanguageView.Of(context, site, strings);
        var main = languages[0];
        var translations = context.Content.Translations;
        var jobs = new List<PageJob>();

        // Every list shows post models; made here in parallel, not one at a time by the first list that shows each.
        var shown = posts.Concat(context.Rendered.Pages).ToList();
        Parallel.For(0, shown.Count, i => LanguageView.For(languages, shown[i].Post).Views.Post(shown[i]));

        Dictionary<string, object?> Model(LanguageView language, string kind, string title, string url, string? description = null, IReadOnlyList<Translation>? versions = null)
        {
            var model = new Dictionary<string, object?>
            {
                ["site"] = language.Site,
                ["t"] = language.Strings,
                ["page"] = new Dictionary<string, object?>
                {
                    ["kind"] = kind,
                    ["title"] = title,
                    ["url"] = views.Link(url),
                    ["permalink"] = views.Absolute(url),
                    ["description"] = description ?? config.Description,
                },
            };

            // Only a site with translations has a language switch, so a site in one language is written as before.
            if (languages.Count > 1)
            {
                model["languages"] = LanguageSwitch(languages, language, url, versions ?? [], views);
            }

            if (versions is { Count: > 0 })
            {
                model["translations"] = versions.Select(v => new Dictionary<string, object?>
                {
                    ["code"] = v.Language,
                    ["name"] = languages.FirstOrDefault(l => l.Speaks(v.Language))?.Name ?? v.Language,
                    ["url"] = views.Link(v.Post.Url),
                    ["permalink"] = views.Absolute(v.Post.Url),
                    ["current"] = v.Post.Url == url,
                }).ToList();
            }

            return model;
        }

        foreach (var language in languages)
        {
            var home = language.Home == "/" ? layout.PostListUrl : language.Home;
            var listed = language.Posts.OrderByDescending(p => p.Post.Pinned).ThenByDescending(p => p.Post.Date)
                .ThenBy(p => p.Post.SourcePath, StringComparer.Ordinal).ToList();
            AddList(jobs, home, "index", context, listed, (n, total) =>
                Model(language, "index", n == 1 ? config.Title : $"{config.Title} · {n}/{total}", Paginator.PageUrl(home, n, layout.PagePattern)), language.Views);
        }

        // Each post's page model is independent of the others' (the post models they share are built once,
        // thread-safely), so they are made in parallel, then added in order. A post's neighbours are its language's.
        var places = new Dictionary<RenderedPost, int>(ReferenceEqualityComparer.Instance);
        foreach (var language in languages)
        {
            for (var i = 0; i < language.Posts.Count; i++)
            {
                places.TryAdd(language.Posts[i], i);
            }
        }

        var postJobs = new PageJob[posts.Count];
        Parallel.For(0, posts.Count, i =>
        {
            var rendered = posts[i];
            var language = LanguageView.For(languages, rendered.Post);
            var (own, at) = (language.Posts, places.GetValueOrDefault(rendered, -1));
            var model = Model(language, "post", rendered.Post.Title, rendered.Post.Url, rendered.Excerpt.Text, translations.Of(rendered.Post));
            model["post"] = language.Views.Post(rendered);
            model["json_ld"] = views.JsonLd(rendered);
            model["prev"] = at >= 0 && at + 1 < own.Count ? language.Views.Post(own[at + 1]) : null;
            model["next"] = at > 0 ? language.Views.Post(own[at - 1]) : null;
            model["related"] = lists.Related.TryGetValue(rendered.Post.SourcePath, out var related)
                ? related.Where(r => ReferenceEquals(LanguageView.For(languages, r.Post), language)).Select(language.Views.Post).ToList()
                : [];
            model["series"] = SeriesModel(context, rendered);
            model["social_image"] = SocialImage(context, rendered, views);
            postJobs[i] = new PageJob(rendered.Post.Url, Layout(rendered, "post", context), model, [rendered], rendered.Post.SourcePath);
        });
        jobs.AddRange(postJobs);

        foreach (var rendered in context.Rendered.Pages)
        {
            var language = LanguageView.For(languages, rendered.Post);
            var model = Model(language, "page", rendered.Post.Title, rendered.Post.Url, rendered.Excerpt.Text, translations.Of(rendered.Post));
            model["post"] = language.Views.Post(rendered);
            jobs.Add(new PageJob(rendered.Post.Url, Layout(rendered, "page", context), model, [rendered], rendered.Post.SourcePath));
        }

        foreach (var language in languages)
        {
            var prefix = language.Home;
            Dictionary<string, object?> Of(string kind, string title, string url, string? description) => Model(language, kind, title, url, description);
            AddTaxonomy(jobs, context, language.Categories, prefix + layout.CategoriesUrl.TrimStart('/'), "categories", "category", Of, language);
            AddTaxonomy(jobs, context, language.Tags, prefix + layout.TagsUrl.TrimStart('/'), "tags", "tag", Of, language);
        }

        foreach (var language in languages)
        {
            ArchivePlanner.Plan(jobs, context, (kind, title, url) => Model(language, kind, title, url), (string)language.Strings["archives"]!, language.Posts, language.Archives, language.Home);
            jobs.Add(new PageJob(language.Home + "search/", "search", Model(language, "search", (string)language.Strings["search"]!, language.Home + "search/"), [], null));
        }

        foreach (var series in lists.Series)
        {
            var model = Model(main, "series", series.Name, series.Url);
            model["series"] = new Dictionary<string, object?> { ["name"] = series.Name, ["url"] = views.Link(series.Url), ["count"] = series.Posts.Count };
            model["posts"] = series.Posts.Select(views.Post).ToList();
            jobs.Add(new PageJob(series.Url, "series", model, series.Posts, null));
        }

        jobs.Add(new PageJob("/404.html", "404", Model(main, "404", (string)strings["not_found_title"]!, "/404.html"), [], null));

        ExtraListPlanner.Plan(jobs, context, (kind, title, url) => Model(main, kind, title, url));
        jobs = ReservedUrls.Settle(jobs, context);
        var urls = jobs.Select(j => j.Url).Concat(posts.Concat(context.Rendered.Pages).Select(p => p.Post.Url)).ToHashSet(StringComparer.Ordinal);
        jobs.AddRange(RedirectPlanner.Plan(context, urls, (title, url) => Model(main, "redirect", title, url)).ToList());

        return jobs;
    }

    /// <summary>Each language's link: the page itself for its own, the page's version in another when it has one, else that language's home.</summary>
    private static List<Dictionary<string, object?>> LanguageSwitch(
        IReadOnlyList<LanguageView> languages, LanguageView current, string url, IReadOnlyList<Translation> versions, Templating.ViewModelFactory views) =>
        languages.Select(l => new Dictionary<string, object?>
        {
            ["code"] = l.Code,
            ["name"] = l.Name,
            ["url"] = views.Link(ReferenceEquals(l, current) ? url : versions.FirstOrDefault(v => l.Speaks(v.Language))?.Post.Url ?? l.Home),
            ["current"] = ReferenceEquals(l, current),
        }).ToList();

    /// <summary>What the head's Open Graph image tags read: the post's cover when it has one, else its drawn card (null for neither).</summary>
    private static Dictionary<string, object?>? SocialImage(BuildContext context, RenderedPost rendered, Templating.ViewModelFactory views)
    {
        if (rendered.Post.Cover is { } cover)
        {
            return new() { ["url"] = cover.Contains("://", StringComparison.Ordinal) ? cover : views.Absolute(cover), ["alt"] = rendered.Post.Title };
        }

        return context.Cards.Cards.TryGetValue(rendered.Post.SourcePath, out var card) ? new()
        {
            ["url"] = views.Absolute(card.OutputPath),
            ["type"] = "image/png",
            ["width"] = SocialCards.CardDrawer.Width,
            ["height"] = SocialCards.CardDrawer.Height,
            ["alt"] = card.Text.Title,
        } : null;
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
        IReadOnlyList<RenderedPost> posts, Func<int, int, Dictionary<string, object?>> model, Templating.ViewModelFactory? views = null)
    {
        views ??= context.Lists.Views;
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
            m["posts"] = items.Select(views.Post).ToList();
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
        string listKind, string termKind, Func<string, string, string, string?, Dictionary<string, object?>> model, LanguageView language)
    {
        var list = model(listKind, (string)language.Strings[listKind]!, url, null);
        list["terms"] = terms.Select(language.Views.TermLink).ToList();
        list["taxonomy"] = listKind;
        jobs.Add(new PageJob(url, "terms", list, [], null));

        foreach (var term in terms)
        {
            AddList(jobs, term.Url, "term", context, term.Posts, (n, total) =>
            {
                var m = model(termKind, n == 1 ? term.Name : $"{term.Name} · {n}/{total}", Paginator.PageUrl(term.Url, n, context.Site.Layout.PagePattern), null);
                m["term"] = language.Views.TermLink(term);
                m["taxonomy"] = listKind;
                return m;
            }, language.Views);
        }
    }
}
