using Inkstone.Diagnostics;

namespace Inkstone.Content;

/// <summary>Inkstone's own URLs: posts at <c>/posts/SLUG/</c>, pages at their path under <c>content/</c>, and <c>permalink</c> over either.</summary>
internal sealed class InkstoneUrls(PostKind kind) : IPostUrlRule
{
    public static InkstoneUrls Posts { get; } = new(PostKind.Post);

    public static InkstoneUrls Pages { get; } = new(PostKind.Page);

    public string? Url(Post post, string relativePath, DiagnosticBag diagnostics)
    {
        var permalinkNode = post.FrontMatter["permalink"] ?? post.FrontMatter["url"];
        if (Data.DataValues.String(permalinkNode, "permalink", diagnostics) is { } permalink)
        {
            return PermalinkValidator.Validate(permalink, permalinkNode!.Location, diagnostics);
        }

        return kind == PostKind.Post ? $"/posts/{post.Slug}/" : PageUrl(relativePath, post.Slug);
    }

    private static string PageUrl(string relative, string slug)
    {
        // about.md -> /about/; docs/setup.md -> /docs/setup/; docs/index.md -> /docs/
        var directory = FileSystem.SitePath.Directory(relative);
        var name = Path.GetFileNameWithoutExtension(relative);
        var segments = directory.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Slugifier.Slugify).ToList();
        if (!name.Equals("index", StringComparison.OrdinalIgnoreCase) && !name.Equals("_index", StringComparison.OrdinalIgnoreCase))
        {
            segments.Add(slug);
        }

        return segments.Count == 0 ? "/" : "/" + string.Join('/', segments) + "/";
    }
}
