using Inkstone.Content;

namespace Inkstone.Markdown.Liquid;

/// <summary>
/// The site's posts by the names tags give them: Jekyll's <c>{% post_url 2025-03-14-grpo %}</c> (the file name under
/// <c>_posts/</c>, with its folder when given) and Hexo's <c>{% post_link grpo %}</c> (the path under
/// <c>source/_posts/</c> without its extension, the bare file name, or the title). Built once per build, on first use.
/// </summary>
internal sealed class PostIndex(IReadOnlyCollection<Post> posts, SiteLayout layout)
{
    private readonly Lazy<Dictionary<string, Post>> _jekyll = new(() => Build(posts, JekyllNames));
    private readonly Lazy<Dictionary<string, Post>> _hexo = new(() => Build(posts, p => HexoNames(p, layout)));

    public Post? ByJekyllName(string name) => _jekyll.Value.GetValueOrDefault(name.Trim().TrimStart('/'));

    public Post? ByHexoSlug(string slug) => _hexo.Value.GetValueOrDefault(slug.Trim());

    /// <summary>The source file Jekyll's name most likely means, for the build cache to notice when it appears.</summary>
    public static string JekyllSourceFor(string name) => "_posts/" + name.Trim().TrimStart('/') + ".md";

    private static Dictionary<string, Post> Build(IEnumerable<Post> posts, Func<Post, IEnumerable<string>> names)
    {
        var index = new Dictionary<string, Post>(StringComparer.Ordinal);
        foreach (var post in posts.Where(p => p.Kind == PostKind.Post).OrderByDescending(p => p.Date).ThenBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            foreach (var name in names(post))
            {
                index.TryAdd(name, post);
            }
        }

        return index;
    }

    private static IEnumerable<string> JekyllNames(Post post)
    {
        var path = post.SourcePath;
        var posts = path.LastIndexOf("_posts/", StringComparison.Ordinal);
        var relative = posts >= 0 ? path[(posts + "_posts/".Length)..] : path;
        var withoutExtension = relative[..^Path.GetExtension(relative).Length];
        yield return withoutExtension;
        yield return Path.GetFileName(withoutExtension);
    }

    private static IEnumerable<string> HexoNames(Post post, SiteLayout layout)
    {
        foreach (var root in layout.ContentRoots.Where(r => r.Kind == PostKind.Post && !r.Drafts))
        {
            if (root.Directory.Length == 0 || post.SourcePath.StartsWith(root.Directory + "/", StringComparison.Ordinal))
            {
                var relative = root.Directory.Length == 0 ? post.SourcePath : post.SourcePath[(root.Directory.Length + 1)..];
                var withoutExtension = relative[..^Path.GetExtension(relative).Length];
                yield return withoutExtension;
                yield return Path.GetFileName(withoutExtension);
                break;
            }
        }

        yield return post.Slug;
        yield return post.Title;
    }
}
