namespace Inkstone.Markdown.Liquid;

/// <summary>Jekyll's <c>{% link _posts/2025-03-14-grpo.md %}</c>: the address of the post, page or file at that path in the site.</summary>
internal sealed class JekyllLinkTag : ITagHandler
{
    public TagShape Shape => TagShape.Inline;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        var path = FileSystem.SitePath.Normalize(tag.Arguments.Trim().Trim('"', '\'').TrimStart('/'));
        var post = run.Context.PostsBySource.GetValueOrDefault(path);
        run.Context.Dependencies?.PostUrl(path, post?.Url);
        if (post is not null)
        {
            return SiteUrls.Link(run.BasePath, post.Url);
        }

        if (run.Context.PublishedStatic.TryGetValue(path, out var output) && run.Exists(path))
        {
            return SiteUrls.Link(run.BasePath, output);
        }

        run.BrokenLink(tag.Location, $"'{tag.Written}' names no file of the site: there is no '{path}'.",
            "Give the path from the site's folder, such as _posts/2025-03-14-grpo.md or about.md.");
        return "";
    }
}
