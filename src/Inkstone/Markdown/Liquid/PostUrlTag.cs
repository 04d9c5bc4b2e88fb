namespace Inkstone.Markdown.Liquid;

/// <summary>Jekyll's <c>{% post_url 2025-03-14-grpo %}</c>: the address of the post of that file name under <c>_posts/</c>.</summary>
internal sealed class PostUrlTag : ITagHandler
{
    public TagShape Shape => TagShape.Inline;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        var name = tag.Arguments.Trim().Trim('"', '\'');
        var post = run.Site.Posts.ByJekyllName(name);
        run.Context.Dependencies?.PostUrl(post?.SourcePath ?? PostIndex.JekyllSourceFor(name), post?.Url);
        if (post is null)
        {
            run.BrokenLink(tag.Location, $"'{tag.Written}' names no post: there is no post '{name}' under _posts/.",
                "Give the post's file name under _posts/ without its extension, such as 2025-03-14-grpo.");
            return "";
        }

        return SiteUrls.Link(run.BasePath, post.Url);
    }
}
