using Inkstone.Content;
using Inkstone.FileSystem;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>
/// The site's posts and pages by the paths Hugo's <c>ref</c> and <c>relref</c> take: from the content folder
/// (<c>/posts/other.md</c>, <c>posts/other</c>, a bundle's folder), from the page's own folder, or a page's bare name
/// (<c>other</c>, a bundle's folder name) when no path matches.
/// </summary>
internal sealed class PostPaths(IReadOnlyCollection<Post> posts, SiteLayout layout)
{
    private readonly Dictionary<string, Post> _bySource = posts.GroupBy(p => p.SourcePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, Post>> _byName = new(() => Names(posts));
    private readonly string[] _roots = layout.ContentRoots.Select(r => r.Directory).Append("content").Distinct(StringComparer.Ordinal).ToArray();

    /// <returns>The post, and the source path it was looked for at first (for the build cache to notice when it appears).</returns>
    public (Post? Post, string Probed) Find(string target, Post from)
    {
        target = target.Trim().Replace('\\', '/');
        var folders = target.StartsWith('/')
            ? _roots
            : _roots.Prepend(SitePath.Directory(from.SourcePath)).Distinct(StringComparer.Ordinal).ToArray();
        string? first = null;
        foreach (var folder in folders)
        {
            var path = SitePath.Normalize(folder + "/" + target.Trim('/'));
            foreach (var candidate in Candidates(path))
            {
                first ??= candidate;
                if (_bySource.TryGetValue(candidate, out var post))
                {
                    return (post, candidate);
                }
            }
        }

        return (_byName.Value.GetValueOrDefault(target.Trim('/')), first ?? target);
    }

    private static IEnumerable<string> Candidates(string path)
    {
        if (Path.GetExtension(path) is ".md" or ".markdown")
        {
            yield return path;
            yield break;
        }

        yield return path + ".md";
        yield return path + "/index.md";
        yield return path + "/_index.md";
        yield return path + ".markdown";
    }

    /// <summary>Pages by file name without extension, and bundles by their folder's name; the newest first when two share one.</summary>
    private static Dictionary<string, Post> Names(IEnumerable<Post> posts)
    {
        var names = new Dictionary<string, Post>(StringComparer.Ordinal);
        foreach (var post in posts.OrderByDescending(p => p.Date).ThenBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(post.SourcePath);
            names.TryAdd(name is "index" or "_index" ? Path.GetFileName(SitePath.Directory(post.SourcePath)) : name, post);
            names.TryAdd(Path.GetFileName(post.SourcePath), post);
        }

        return names;
    }
}
