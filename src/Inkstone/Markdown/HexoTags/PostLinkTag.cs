using Inkstone.Content;
using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// Hexo's <c>{% post_link slug[#anchor] [title] [escape] %}</c> (a link to another post, named by its path under
/// <c>source/_posts/</c> without extension, its file name or its title; its words are the post's title unless given)
/// and <c>{% post_path slug %}</c> (its address only). A post that is not there is a broken link.
/// </summary>
internal sealed class PostLinkTag(bool pathOnly) : ITagHandler
{
    public TagShape Shape => TagShape.Inline;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        var arguments = HexoArguments.Split(tag.Arguments);
        var target = arguments.FirstOrDefault() ?? "";
        var hash = target.IndexOf('#') is var h and >= 0 ? target[h..] : "";
        var slug = target[..(target.Length - hash.Length)];
        var post = run.Site.Posts.ByHexoSlug(slug);
        run.Context.Dependencies?.PostUrl(post?.SourcePath ?? FileSystem.SitePath.Normalize("source/_posts/" + slug + ".md"), post?.Url);
        var escape = arguments.Count < 2 || arguments[^1] != "false";
        var words = arguments.Skip(1).Where((a, i) => !(i == arguments.Count - 2 && a is "true" or "false")).ToList();
        if (post is null)
        {
            run.BrokenLink(tag.Location, $"'{tag.Written}' names no post: there is no post '{slug}'.",
                "Give the post's file name under source/_posts/ without its extension (a folder too, such as algorithms/binary-search), or its title.");
            return pathOnly ? "" : Text(words.Count > 0 ? string.Join(' ', words) : slug, escape);
        }

        var url = SiteUrls.Link(run.BasePath, post.Url) + hash;
        if (pathOnly)
        {
            return url;
        }

        if (words.Count == 0)
        {
            run.Context.Dependencies?.PostTitle(post.SourcePath, post.Title);
        }

        return MarkdownWriter.Link(words.Count > 0 ? string.Join(' ', words) : Title(post), url, escapeText: escape);
    }

    private static string Title(Post post) => post.Title.Length > 0 ? post.Title : post.Slug;

    private static string Text(string words, bool escape) => escape ? MarkdownWriter.Text(words) : words;
}
