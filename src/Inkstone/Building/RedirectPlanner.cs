using Inkstone.Data;
using Inkstone.Diagnostics;
using Inkstone.Markdown;

namespace Inkstone.Building;

/// <summary>
/// Pages that send a reader on from an old address: each entry of a post's <c>aliases</c> (Hugo), <c>redirect_from</c>
/// (Jekyll) or <c>alias</c> (Hexo) becomes a small page at that path pointing at the post. An alias that another
/// page already has is reported and left out: a redirect never replaces a page. A relative alias is read as the old
/// engine read it: Hugo puts it beside the page, jekyll-redirect-from and hexo-generator-alias under the site's root.
/// A post whose address changed since the site was last published (<see cref="Caching.AddressBook"/>) gets a redirect
/// from the old one, and a warning suggesting the alias that keeps it.
/// </summary>
internal static class RedirectPlanner
{
    private static readonly string[] Keys = ["aliases", "redirect_from", "alias"];

    public static IEnumerable<PageJob> Plan(BuildContext context, IReadOnlyCollection<string> pageUrls, Func<string, string, Dictionary<string, object?>> model)
    {
        // Made only once a redirect is met: most sites have none, and the set of every page's path cost a live rebuild of
        // 10,000 posts more than the rest of this planner.
        HashSet<string>? set = null;
        HashSet<string> Taken() => set ??= new HashSet<string>(pageUrls.Select(Output.OutputPath.ForUrl), StringComparer.OrdinalIgnoreCase);
        foreach (var rendered in context.Rendered.Posts.Concat(context.Rendered.Pages))
        {
            foreach (var (alias, location) in Aliases(rendered))
            {
                var url = Url(alias, RelativeBase(rendered.Post, context.Site.Layout.Engine));
                if (url is null || url == rendered.Post.Url)
                {
                    continue;
                }

                if (!Taken().Add(Output.OutputPath.ForUrl(url)))
                {
                    context.Diagnostics.Warning(DiagnosticIds.DuplicateUrl, location, $"The alias {url} is the address of another page, so no redirect is written there.",
                        "Remove the alias, or move the other page.");
                    continue;
                }

                var page = model(rendered.Post.Title, url);
                page["redirect"] = new Dictionary<string, object?>
                {
                    ["url"] = context.Lists.Views.Link(rendered.Post.Url),
                    ["permalink"] = context.Lists.Views.Absolute(rendered.Post.Url),
                };
                yield return new PageJob(url, "redirect", page, [rendered], rendered.Post.SourcePath) { Bare = true };
            }
        }

        foreach (var job in Moved(context, Taken, model))
        {
            yield return job;
        }
    }

    /// <summary>Redirects from the address a post had when the site was last published, when it has another now.</summary>
    private static IEnumerable<PageJob> Moved(BuildContext context, Func<HashSet<string>> taken, Func<string, string, Dictionary<string, object?>> model)
    {
        if (context.Cache.Addresses is not { } addresses)
        {
            yield break;
        }

        var all = context.Rendered.Posts.Concat(context.Rendered.Pages).ToList();
        var bySource = all.ToDictionary(p => p.Post.SourcePath, StringComparer.Ordinal);
        foreach (var (oldUrl, source) in addresses.Record(all.Select(p => (p.Post.SourcePath, p.Post.Url))).OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var rendered = bySource[source];
            if (Aliases(rendered).Any(a => Url(a.Alias, RelativeBase(rendered.Post, context.Site.Layout.Engine)) == oldUrl) || !taken().Add(Output.OutputPath.ForUrl(oldUrl)))
            {
                continue; // the writer keeps it as an alias now, or another page has the address
            }

            context.Diagnostics.Warning(DiagnosticIds.PostMoved, rendered.Post.Locate("permalink", "url", "slug"),
                $"The post moved from {oldUrl} to {rendered.Post.Url} since the site was last built; a redirect is written at {oldUrl}.",
                $"Add 'aliases: [{oldUrl}]' to its front matter to keep the redirect when .inkstone/ is gone (a fresh clone, CI).");
            var page = model(rendered.Post.Title, oldUrl);
            page["redirect"] = new Dictionary<string, object?>
            {
                ["url"] = context.Lists.Views.Link(rendered.Post.Url),
                ["permalink"] = context.Lists.Views.Absolute(rendered.Post.Url),
            };
            yield return new PageJob(oldUrl, "redirect", page, [rendered], rendered.Post.SourcePath) { Bare = true };
        }
    }

    private static IEnumerable<(string Alias, SourceLocation Location)> Aliases(RenderedPost rendered)
    {
        foreach (var key in Keys)
        {
            switch (rendered.Post.FrontMatter[key])
            {
                case DataScalar s:
                    yield return (s.Text, s.Location);
                    break;
                case DataList list:
                    foreach (var item in list.Items.OfType<DataScalar>())
                    {
                        yield return (item.Text, item.Location);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Where a relative alias starts: the folder holding the page for Hugo (and Inkstone's own sites), "aliases: [old]" on
    /// /posts/moved/ being /posts/old/; the site's root for Jekyll and Hexo, whose plugins prefix a '/'.
    /// </summary>
    private static string RelativeBase(Content.Post post, Content.SiteEngine engine)
    {
        if (engine is Content.SiteEngine.Jekyll or Content.SiteEngine.Hexo)
        {
            return "/";
        }

        if (!post.Url.EndsWith('/'))
        {
            return post.FolderUrl;
        }

        var folder = post.Url.TrimEnd('/');
        return folder[..(folder.LastIndexOf('/') + 1)];
    }

    /// <summary>An alias as a URL path, a relative one from <paramref name="folderUrl"/>; "old" without an extension is the folder "old/".</summary>
    private static string? Url(string alias, string folderUrl)
    {
        var value = alias.Trim();
        if (value.Length == 0 || value.Contains("://", StringComparison.Ordinal) || value.Contains('?') || value.Contains('#') || value.Contains('\\'))
        {
            return null;
        }

        var path = value.StartsWith('/') ? value : folderUrl + value;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is "." or ".."))
        {
            return null;
        }

        var isFile = Path.GetExtension(segments[^1]).Length > 0;
        return "/" + string.Join('/', segments) + (isFile ? "" : "/");
    }
}
