using Inkstone.Building;
using Inkstone.Configuration;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Content;

/// <summary>
/// Finds and reads every Markdown file under <c>content/</c> in parallel, leaves out drafts and
/// future posts unless asked for, and reports URLs claimed by two files.
/// </summary>
internal static class ContentLoader
{
    public const string ContentDirectory = "content";
    public const string PostsDirectory = "content/posts";

    public static SiteContent Load(ISiteFileSystem files, SiteConfig config, BuildOptions options, DiagnosticBag diagnostics)
    {
        var all = files.EnumerateFiles(ContentDirectory);
        var markdown = all.Where(IsMarkdown).ToList();
        var read = new Post?[markdown.Count];
        Parallel.For(0, markdown.Count, i =>
        {
            var path = markdown[i];
            var kind = SitePath.IsUnder(path, PostsDirectory) ? PostKind.Post : PostKind.Page;
            read[i] = PostReader.Read(path, files.ReadAllBytes(path), kind, config, diagnostics);
        });

        var now = options.Now ?? DateTimeOffset.Now;
        var published = read.OfType<Post>()
            .Where(p => options.IncludeDrafts || !p.Draft)
            .Where(p => options.IncludeFuture || p.Kind == PostKind.Page || p.Date <= now)
            .ToList();

        ReportDuplicateUrls(published, diagnostics);

        var posts = published.Where(p => p.Kind == PostKind.Post)
            .OrderByDescending(p => p.Date)
            .ThenBy(p => p.SourcePath, StringComparer.Ordinal)
            .ToList();
        var pages = published.Where(p => p.Kind == PostKind.Page).OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();

        var bundles = posts.Where(p => p.BundleDirectory is not null).Select(p => p.BundleDirectory!).ToHashSet(StringComparer.Ordinal);
        var bundleFiles = all.Where(f => !IsMarkdown(f) && bundles.Contains(SitePath.Directory(f))).ToList();
        return new SiteContent(posts, pages, bundleFiles);
    }

    private static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    private static void ReportDuplicateUrls(IReadOnlyList<Post> posts, DiagnosticBag diagnostics)
    {
        foreach (var group in posts.GroupBy(p => p.Url, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var sources = group.OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
            foreach (var post in sources.Skip(1))
            {
                diagnostics.Error(DiagnosticIds.DuplicateUrl, post.Locate("permalink", "url", "slug"),
                    $"'{post.SourcePath}' and '{sources[0].SourcePath}' both want the URL {group.Key}.",
                    "Give one of them a different 'slug' in its front matter.");
            }
        }
    }
}
