using Inkstone.Diagnostics;

namespace Inkstone.Building;

/// <summary>
/// Settles two pages that want one address. The pages Inkstone makes (home, lists, archives, search, 404) keep
/// theirs: a post or page that claims one is an error in an Inkstone site, and a warning in a site brought from
/// another engine, where such pages are the theme's placeholders (Hexo's <c>source/tags/index.md</c>). A
/// documentation site without posts (MkDocs) has its <c>index.md</c> as the home page instead of the post list.
/// </summary>
internal static class ReservedUrls
{
    public static List<PageJob> Settle(List<PageJob> jobs, BuildContext context)
    {
        var result = new List<PageJob>(jobs.Count);
        foreach (var group in jobs.GroupBy(j => Output.OutputPath.ForUrl(j.Url), StringComparer.OrdinalIgnoreCase))
        {
            var claims = group.ToList();
            if (claims.Count == 1)
            {
                result.Add(claims[0]);
                continue;
            }

            var generated = claims.Where(j => j.Owner is null).ToList();
            var content = claims.Where(j => j.Owner is not null).ToList();
            var homePage = context.Site.Layout.HomeFromPage && content.Count > 0 && group.Key == "index.html";
            var winner = homePage || generated.Count == 0 ? content[0] : generated[0];
            result.Add(winner);
            if (homePage)
            {
                continue;
            }

            // The home page of a blog from another engine is its theme's post list, which Inkstone's index replaces.
            var foreignHome = group.Key == "index.html" && context.Site.Layout.Engine != Content.SiteEngine.Inkstone;
            // Two posts at one address are reported when they are read (DuplicateUrl); here, the claims on Inkstone's own pages.
            foreach (var loser in claims.Where(j => j != winner && j.Owner is not null && winner.Owner is null && !foreignHome))
            {
                var post = loser.Shows.FirstOrDefault(p => p.Post.SourcePath == loser.Owner)?.Post;
                if (post is not null && context.Site.Layout.Engine != Content.SiteEngine.Inkstone && post.BodyIsBlank)
                {
                    continue; // an empty page at a list's address is the old theme's placeholder for that list
                }

                var location = post?.Locate("permalink", "url", "slug") ?? SourceLocation.File(loser.Owner!);
                var message = $"'{loser.Owner}' wants the address {loser.Url}, which {(winner.Owner is null ? $"Inkstone's {winner.Template} page has" : $"'{winner.Owner}' has")}, so it is not published.";
                const string hint = "Give it another 'permalink' or 'slug', or remove it if it was a placeholder of the old theme.";
                if (context.Site.Layout.Engine == Content.SiteEngine.Inkstone)
                {
                    context.Diagnostics.Error(DiagnosticIds.ReservedUrl, location, message, hint);
                }
                else
                {
                    context.Diagnostics.Warning(DiagnosticIds.ReservedUrl, location, message, hint);
                }
            }
        }

        return result;
    }
}
