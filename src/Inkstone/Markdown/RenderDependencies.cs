using Inkstone.Content;
using Inkstone.FileSystem;

namespace Inkstone.Markdown;

/// <summary>
/// Records what one post's rendering read from outside the post (other posts' URLs, which files exist,
/// image files), so that a cached rendering is reused only while all of it is still true. One per
/// rendering: not thread-safe, since a post renders on one thread.
/// </summary>
internal sealed class RenderDependencies
{
    private readonly List<RenderDependency> _items = [];

    public IReadOnlyList<RenderDependency> Items => _items;

    public void PostUrl(string sourcePath, string? url) => _items.Add(new(RenderDependencyKind.PostUrl, sourcePath, url));

    public void FileExists(string path, bool exists) => _items.Add(new(RenderDependencyKind.FileExists, path, exists ? "1" : "0"));

    public void FileStamp(string path, string stamp) => _items.Add(new(RenderDependencyKind.FileStamp, path, stamp));

    public void UrlOwner(string url, string? sourcePath) => _items.Add(new(RenderDependencyKind.UrlOwner, url, sourcePath));

    public void PostTitle(string sourcePath, string? title) => _items.Add(new(RenderDependencyKind.PostTitle, sourcePath, title));

    public void ToolVersion(string tool, string? version) => _items.Add(new(RenderDependencyKind.ToolVersion, tool, version));

    /// <summary>True when every recorded fact still holds for this build's posts and files.</summary>
    public static bool StillHold(IReadOnlyList<RenderDependency> dependencies, IReadOnlyDictionary<string, Post> postsBySource, IReadOnlyDictionary<string, Post> postsByUrl, ISiteFileSystem files, Diagrams.GraphvizRunner? graphviz = null)
    {
        foreach (var dependency in dependencies)
        {
            var holds = dependency.Kind switch
            {
                RenderDependencyKind.PostUrl => postsBySource.TryGetValue(dependency.Path, out var post)
                    ? post.Url == dependency.Value
                    : dependency.Value is null,
                RenderDependencyKind.FileExists => files.FileExists(dependency.Path) == (dependency.Value == "1"),
                RenderDependencyKind.FileStamp => files.FileStamp(dependency.Path) == dependency.Value,
                RenderDependencyKind.UrlOwner => postsByUrl.GetValueOrDefault(dependency.Path)?.SourcePath == dependency.Value,
                RenderDependencyKind.PostTitle => postsBySource.GetValueOrDefault(dependency.Path)?.Title == dependency.Value,
                RenderDependencyKind.ToolVersion => (graphviz ?? new Diagrams.GraphvizRunner()).Version == dependency.Value,
                _ => false,
            };
            if (!holds)
            {
                return false;
            }
        }

        return true;
    }
}
