using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>
/// Hugo's <c>{{&lt; ref "posts/other.md#anchor" &gt;}}</c> and <c>{{&lt; relref "other" &gt;}}</c>: the address of a post
/// or page, named by its path in the content folder, from the page's own folder, or by its bare name. Both give the
/// site path (Hugo's <c>ref</c> adds the host), since Inkstone links by path so that every preview works; the anchor is
/// checked like any other. A page that is not there is a broken link.
/// </summary>
internal sealed class RefShortcode : IShortcodeHandler
{
    public ShortcodeBody Body => ShortcodeBody.None;

    public string Render(Shortcode call, string inner, ShortcodeRun run)
    {
        var target = call.Arguments.Get("path", 0) ?? "";
        var hash = target.IndexOf('#') is var h and >= 0 ? target[h..] : "";
        var path = target[..(target.Length - hash.Length)];
        if (path.Trim().Length == 0)
        {
            return hash.Length > 0 ? hash : SiteUrls.Link(run.BasePath, run.Post.Url);
        }

        var (post, probed) = run.Site.Posts.Find(path, run.Post);
        run.Context.Dependencies?.PostUrl(post?.SourcePath ?? probed, post?.Url);
        if (post is null)
        {
            run.BrokenLink(call.Location, $"'{{{{< {call.Name} \"{target}\" >}}}}' names no page: there is no '{path}' in the content folder or beside the post.",
                "Give the page's path from the content folder (posts/other.md), from the post's folder, or its file name.");
            return "";
        }

        return SiteUrls.Link(run.BasePath, post.Url) + hash;
    }
}
