using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Inkstone.Markdown.Images;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown;

/// <summary>
/// Rewrites links and images that work in a Markdown editor's preview so they work on the site:
/// a link to another post's source file (<c>heap-sort.md#建堆</c>) becomes that post's URL, and a
/// relative image resolves against the post's folder (page bundles) and then against <c>static/</c>.
/// </summary>
internal static class ReferenceResolver
{
    /// <returns>The links to anchors, to check once every post is rendered.</returns>
    public static IReadOnlyList<AnchorReference> Resolve(MarkdownDocument document, Content.Post post, int firstBodyLine, PostRenderContext context)
    {
        var anchors = new List<AnchorReference>();
        var directory = SitePath.Directory(post.SourcePath);
        var basePath = context.Config.BasePath;
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url;
            if (string.IsNullOrEmpty(url))
            {
                continue;
            }

            var location = new SourceLocation(post.SourcePath, link.Line + firstBodyLine, link.Column + 1);
            if (url.StartsWith('#') && url.Length > 1 && !link.IsImage)
            {
                anchors.Add(new AnchorReference(post.SourcePath, Uri.UnescapeDataString(url[1..]), location));
                continue;
            }

            if (IsExternal(url))
            {
                continue;
            }

            var hash = url.IndexOf('#');
            var path = Uri.UnescapeDataString(hash >= 0 ? url[..hash] : url);
            var anchor = hash >= 0 ? url[hash..] : "";
            if (link.IsImage)
            {
                if (string.IsNullOrWhiteSpace(InlineText.Of(link)))
                {
                    context.Diagnostics.Warning(DiagnosticIds.ImageWithoutAlt, location, $"The image '{url}' has no alt text, so readers who cannot see it learn nothing from it.",
                        "Describe it between the brackets: ![一个大顶堆和它的数组表示](heap.svg)");
                }

                if (post.Notebook?.Attachment(path) is { } attachment)
                {
                    link.Url = basePath + Content.UrlPath.Escape(post.AssetUrl.TrimStart('/') + attachment.FileName);
                    SizeAttachment(link, attachment);
                    continue;
                }

                var (resolved, file) = ResolveImage(path, directory, post, basePath, location, context);
                link.Url = resolved is null ? url : Content.UrlPath.Escape(resolved);
                if (file is null || resolved is null || !ImageProcessingPlanner.Plan(link, file, resolved[basePath.Length..], location, context))
                {
                    DescribeImage(link, file, context);
                }
                else
                {
                    link.GetAttributes().AddPropertyIfNotExist("loading", "lazy");
                    link.GetAttributes().AddPropertyIfNotExist("decoding", "async");
                    context.Dependencies?.FileStamp(file, context.Files.FileStamp(file));
                }
            }
            else if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
            {
                var target = Normalize(directory, path);
                var linked = target is null ? null : context.PostsBySource.GetValueOrDefault(target);
                if (target is not null)
                {
                    context.Dependencies?.PostUrl(target, linked?.Url);
                }

                if (linked is not null)
                {
                    link.Url = basePath + Content.UrlPath.Escape(linked.Url.TrimStart('/')) + anchor;
                    if (anchor.Length > 1)
                    {
                        anchors.Add(new AnchorReference(linked.SourcePath, Uri.UnescapeDataString(anchor[1..]), location));
                    }
                }
                else
                {
                    context.Diagnostics.Error(DiagnosticIds.BrokenLink, location, $"The link points to '{path}', which is not a published post or page.",
                        "Link to the post's Markdown file relative to this one, such as ../heap-sort.md.");
                }
            }
            else if (PageLink(path, post, basePath) is { } target)
            {
                CheckPageLink(link, target, path, anchor, location, basePath, anchors, context);
            }
        }

        return anchors;
    }

    /// <summary>
    /// The URL path a link to a page of this site names, when it is written as the site's URL (<c>/2025/03/14/grpo/</c>,
    /// <c>{base}/about.html</c>) or as a relative <c>.html</c> path; null for anything else (files, feeds, generated lists).
    /// </summary>
    private static string? PageLink(string path, Content.Post post, string basePath)
    {
        if (path.Length == 0)
        {
            return null;
        }

        var extension = Path.GetExtension(path.TrimEnd('/'));
        var page = path.EndsWith('/') || extension is "" or ".html" or ".htm";
        if (!page)
        {
            return null;
        }

        if (path.StartsWith('/'))
        {
            var inside = basePath.Length > 1 && path.StartsWith(basePath, StringComparison.Ordinal) ? "/" + path[basePath.Length..] : path;
            return inside;
        }

        return extension is ".html" or ".htm" && Normalize(post.FolderUrl.Trim('/'), path) is { } relative ? "/" + relative : null;
    }

    /// <summary>Checks a link written as a URL against the site's posts and pages: a post's link is tidied and its anchor checked; a URL no post, page or list has is reported.</summary>
    private static void CheckPageLink(LinkInline link, string target, string written, string anchor, SourceLocation location, string basePath, List<AnchorReference> anchors, PostRenderContext context)
    {
        var candidates = new[] { target, target.TrimEnd('/') + "/", target.EndsWith(".html", StringComparison.Ordinal) ? target[..^5] + "/" : target + ".html" };
        var linked = candidates.Select(c => context.PostsByUrl.GetValueOrDefault(c)).FirstOrDefault(p => p is not null);
        context.Dependencies?.UrlOwner(target, linked?.SourcePath);
        if (linked is not null)
        {
            link.Url = basePath + Content.UrlPath.Escape(linked.Url.TrimStart('/')) + anchor;
            if (anchor.Length > 1)
            {
                anchors.Add(new AnchorReference(linked.SourcePath, Uri.UnescapeDataString(anchor[1..]), location));
            }

            return;
        }

        if (GeneratedOrStatic(target, context))
        {
            return;
        }

        context.Diagnostics.Error(DiagnosticIds.BrokenLink, location, $"The link points to '{written}', which is not the address of a post or page of this site.",
            "Link to the post's Markdown file relative to this one (../heap-sort.md), and Inkstone writes its address.");
    }

    /// <summary>Addresses the build makes itself (home, lists, feeds) or copies from static folders.</summary>
    private static bool GeneratedOrStatic(string target, PostRenderContext context)
    {
        var layout = context.Layout;
        string[] generated = ["/", "/archives/", "/search/", "/404.html", layout.TagsUrl, layout.CategoriesUrl, "/series/"];
        if (generated.Any(g => target == g || (g.Length > 1 && target.StartsWith(g, StringComparison.Ordinal))) || target.StartsWith("/page", StringComparison.Ordinal))
        {
            return true;
        }

        var output = target.TrimStart('/');
        return context.StaticByOutput.ContainsKey(output) || context.StaticByOutput.ContainsKey(output.TrimEnd('/') + "/index.html") || context.StaticByOutput.ContainsKey(output + "index.html");
    }

    /// <summary>Adds the attributes every image gets: its size (so the page does not jump), lazy loading and async decoding.</summary>
    /// <summary>The size a notebook's image output is shown at: what its output asked for, else the image's own.</summary>
    private static void SizeAttachment(LinkInline image, Content.Notebooks.NotebookAttachment attachment)
    {
        var size = ImageSizeReader.Read(attachment.Bytes);
        var width = attachment.Width ?? size?.Width;
        var height = attachment.Height ?? (attachment.Width is { } w && size is { Width: > 0 } s ? (int)System.Math.Round((double)w * s.Height / s.Width) : size?.Height);
        var attributes = image.GetAttributes();
        if (width is { } x && height is { } y)
        {
            attributes.AddPropertyIfNotExist("width", x.ToString(System.Globalization.CultureInfo.InvariantCulture));
            attributes.AddPropertyIfNotExist("height", y.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        attributes.AddPropertyIfNotExist("loading", "lazy");
        attributes.AddPropertyIfNotExist("decoding", "async");
    }

    private static void DescribeImage(LinkInline image, string? file, PostRenderContext context)
    {
        var attributes = image.GetAttributes();
        if (file is not null)
        {
            context.Dependencies?.FileStamp(file, context.Files.FileStamp(file));
        }

        if (file is not null && context.ImageSizes.GetOrAdd(file, f => ImageSizeReader.Read(context.Files.ReadAllBytes(f))) is { } size)
        {
            attributes.AddPropertyIfNotExist("width", size.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            attributes.AddPropertyIfNotExist("height", size.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        attributes.AddPropertyIfNotExist("loading", "lazy");
        attributes.AddPropertyIfNotExist("decoding", "async");
    }

    /// <returns>The URL for the page and the site file it comes from (null when external or missing).</returns>
    /// <remarks>
    /// In order: a site-absolute path among the files the site publishes (after the base path, which old posts often
    /// include); a path relative to the post's own source folder; a path relative to the post's page, as a browser on
    /// the old site resolved it (Hexo's asset folders, Jekyll's and Hugo's pages); and, for paths climbing out of the
    /// post's folder, the static folders.
    /// </remarks>
    private static (string? Url, string? File) ResolveImage(string path, string directory, Content.Post post, string basePath, SourceLocation location, PostRenderContext context)
    {
        if (path.StartsWith('/'))
        {
            var absolute = basePath.Length > 1 && path.StartsWith(basePath, StringComparison.Ordinal) ? path[basePath.Length..] : path.TrimStart('/');
            if (absolute.Length == 0)
            {
                return (basePath, null);
            }

            return Published(absolute, context) is { } file ? (basePath + absolute, file) : (Missing(path, location, context), null);
        }

        var local = Normalize(directory, path);
        if (local is not null && Exists(local, context))
        {
            if (post.BundleDirectory is not null && SitePath.IsUnder(local, post.BundleDirectory))
            {
                return (basePath + post.AssetUrl.TrimStart('/') + local[(post.BundleDirectory.Length + 1)..], local);
            }

            if (context.PublishedStatic.TryGetValue(local, out var output))
            {
                return (basePath + output, local);
            }
        }

        if (post.BundleDirectory is not null && Normalize(post.BundleDirectory, path) is { } inBundle && SitePath.IsUnder(inBundle, post.BundleDirectory) && Exists(inBundle, context))
        {
            return (basePath + post.AssetUrl.TrimStart('/') + inBundle[(post.BundleDirectory.Length + 1)..], inBundle);
        }

        if (Normalize(post.FolderUrl.Trim('/'), path) is { Length: > 0 } fromPage && Published(fromPage, context) is { } served)
        {
            return (basePath + fromPage, served);
        }

        var trimmed = path;
        while (trimmed.StartsWith("../", StringComparison.Ordinal) || trimmed.StartsWith("./", StringComparison.Ordinal))
        {
            trimmed = trimmed[(trimmed.IndexOf('/') + 1)..];
        }

        if (Published(trimmed, context) is { } found)
        {
            return (basePath + trimmed, found);
        }

        return (Missing(path, location, context), null);
    }

    /// <summary>The site file published at <paramref name="outputPath"/> by a static folder, noted for the build cache; null when none is.</summary>
    private static string? Published(string outputPath, PostRenderContext context)
    {
        var file = context.StaticByOutput.GetValueOrDefault(outputPath);
        context.Dependencies?.FileExists(file ?? "static/" + outputPath, file is not null && context.Files.FileExists(file));
        return file is not null && context.Files.FileExists(file) ? file : null;
    }

    /// <summary>Whether a site file exists, noted for the build cache: a later build must render again if that changes.</summary>
    private static bool Exists(string path, PostRenderContext context)
    {
        var exists = context.Files.FileExists(path);
        context.Dependencies?.FileExists(path, exists);
        return exists;
    }

    private static string? Missing(string path, SourceLocation location, PostRenderContext context)
    {
        context.Diagnostics.Error(DiagnosticIds.MissingImage, location, $"The image '{path}' does not exist.",
            "Put it beside the post or in the site's static folder, and check the spelling.");
        return null;
    }

    private static bool IsExternal(string url) =>
        url.Contains("://", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal) ||
        url.StartsWith('#') || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Resolves a relative path against a folder; null when it climbs above the site root.</summary>
    private static string? Normalize(string directory, string relative)
    {
        var parts = new List<string>(directory.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in relative.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }

        return string.Join('/', parts);
    }
}
