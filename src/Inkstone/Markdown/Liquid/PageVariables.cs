using Inkstone.Configuration;
using Inkstone.Content;

namespace Inkstone.Markdown.Liquid;

/// <summary>The variables a post's own Liquid reads: Jekyll's <c>page</c>, and the post's own names that Hexo's Nunjucks puts at the top (<c>{{ title }}</c>).</summary>
internal static class PageVariables
{
    /// <summary>Jekyll's <c>page</c>: every front matter value, with the title, date, URL and the rest as Jekyll gives them.</summary>
    public static Dictionary<string, object?> Jekyll(Post post)
    {
        var page = LiquidValues.Map(post.FrontMatter);
        page["title"] = post.Title;
        page["date"] = post.Date;
        page["url"] = post.Url;
        page["id"] = post.Url.EndsWith(".html", StringComparison.Ordinal) ? post.Url[..^5] : post.Url.TrimEnd('/');
        page["path"] = post.SourcePath;
        page["slug"] = post.Slug;
        page["categories"] = post.Categories.ToList();
        page["tags"] = post.Tags.ToList();
        if (post.Updated is { } updated)
        {
            page["last_modified_at"] = updated;
        }

        return page;
    }

    /// <summary>What Hexo renders a post's tags with: its front matter and the fields Hexo adds (<c>path</c> without the leading slash, <c>permalink</c>).</summary>
    public static Dictionary<string, object?> Hexo(Post post, SiteConfig config)
    {
        var variables = LiquidValues.Map(post.FrontMatter);
        variables["title"] = post.Title;
        variables["date"] = post.Date;
        variables["updated"] = post.Updated ?? post.Date;
        variables["path"] = post.Url.TrimStart('/');
        variables["permalink"] = config.BaseUrl + post.Url.TrimStart('/');
        variables["slug"] = post.Slug;
        variables["source"] = post.SourcePath;
        variables["categories"] = post.Categories.ToList();
        variables["tags"] = post.Tags.ToList();
        return variables;
    }
}
