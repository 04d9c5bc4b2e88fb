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

                var (resolved, file) = ResolveImage(path, directory, post, basePath, location, context);
                link.Url = resolved ?? url;
                DescribeImage(link, file, context);
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
                    link.Url = basePath + linked.Url.TrimStart('/') + anchor;
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
        }

        return anchors;
    }

    /// <summary>Adds the attributes every image gets: its size (so the page does not jump), lazy loading and async decoding.</summary>
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
    private static (string? Url, string? File) ResolveImage(string path, string directory, Content.Post post, string basePath, SourceLocation location, PostRenderContext context)
    {
        if (path.StartsWith('/'))
        {
            return path.Length > 1 && !Exists("static" + path, context)
                ? (Missing(path, location, context), null)
                : (basePath + path.TrimStart('/'), "static" + path);
        }

        var local = Normalize(directory, path);
        if (local is not null && Exists(local, context))
        {
            if (post.BundleDirectory is not null && SitePath.IsUnder(local, post.BundleDirectory))
            {
                return (basePath + post.Url.TrimStart('/') + local[(post.BundleDirectory.Length + 1)..], local);
            }

            if (SitePath.IsUnder(local, "static"))
            {
                return (basePath + local["static/".Length..], local);
            }
        }

        var trimmed = path;
        while (trimmed.StartsWith("../", StringComparison.Ordinal) || trimmed.StartsWith("./", StringComparison.Ordinal))
        {
            trimmed = trimmed[(trimmed.IndexOf('/') + 1)..];
        }

        if (Exists("static/" + trimmed, context))
        {
            return (basePath + trimmed, "static/" + trimmed);
        }

        return (Missing(path, location, context), null);
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
            "Put it beside the post (in a page bundle) or under static/, and check the spelling.");
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
