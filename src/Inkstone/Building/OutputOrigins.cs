using Inkstone.Diagnostics;
using Inkstone.Output;

namespace Inkstone.Building;

/// <summary>
/// Which source made an output path, so that a problem with the path (INK0701) is reported where the
/// writer can fix it: the front matter key that makes the URL of the post or page whose URL or bundle
/// folder holds it, the key of a post that carries the category or tag whose page it is, or the file in
/// <c>static/</c> it is copied from.
/// </summary>
internal static class OutputOrigins
{
    public static SourceLocation? Locate(BuildContext context, string path)
    {
        // Every stage that writes runs after the markdown and taxonomy stages; these guard a write from an earlier one.
        var rendered = context.RenderedIfMade;
        var lists = context.ListsIfMade;
        var post = (rendered is null ? [] : rendered.Posts.Concat(rendered.Pages))
            .Select(p => (Post: p.Post, Folder: p.Post.Url.TrimStart('/')))
            .Where(p => path == OutputPath.ForUrl(p.Post.Url) || (p.Folder.Length > 0 && p.Folder.EndsWith('/') && path.StartsWith(p.Folder, StringComparison.Ordinal)))
            .OrderByDescending(p => p.Folder.Length)
            .Select(p => p.Post)
            .FirstOrDefault();
        if (post is not null)
        {
            return post.Locate("permalink", "url", "slug");
        }

        foreach (var (terms, keys) in new[] { (lists?.Categories ?? [], new[] { "categories", "category" }), (lists?.Tags ?? [], ["tags"]) })
        {
            var term = terms.FirstOrDefault(t => t.Posts.Count > 0 && path.StartsWith(t.Url.TrimStart('/'), StringComparison.Ordinal));
            if (term is not null)
            {
                return term.Posts.Select(p => p.Post).OrderBy(p => p.SourcePath, StringComparer.Ordinal).First().Locate(keys);
            }
        }

        return context.Files.FileExists("static/" + path) ? SourceLocation.File("static/" + path) : null;
    }
}
