using System.Globalization;
using Inkstone.Content;
using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Importing;

/// <summary>
/// MkDocs's URLs: a page's path under <c>docs/</c> as written, <c>a/b.md</c> at <c>/a/b/</c> (or <c>/a/b.html</c> without
/// <c>use_directory_urls</c>), <c>index.md</c> and <c>README.md</c> at their folder. A post of Material's blog plugin
/// is at <c>blog/2025/03/14/SLUG/</c> (<c>post_url_format</c>, <c>post_url_date_format</c>), its slug from <c>slug</c> or its title.
/// </summary>
internal sealed class MkDocsUrls(bool directoryUrls, MkDocsBlog? blog = null) : IPostUrlRule
{
    public string? Url(Post post, string relativePath, DiagnosticBag diagnostics)
    {
        if (blog is not null)
        {
            var slug = DataValues.String(post.FrontMatter["slug"], "slug", diagnostics) ?? PythonMarkdownSlug(post.Title);
            var date = post.Date.ToString(blog.DateFormat, CultureInfo.InvariantCulture);
            var path = blog.UrlFormat.Replace("{date}", date, StringComparison.Ordinal).Replace("{slug}", slug, StringComparison.Ordinal)
                .Replace("{file}", Path.GetFileNameWithoutExtension(relativePath), StringComparison.Ordinal);
            return Finish(PermalinkTemplate.Clean(blog.Directory + "/" + path + "/"));
        }

        return PageUrl(relativePath, directoryUrls);
    }

    /// <summary>The URL of the page at <paramref name="relativePath"/> under <c>docs/</c>.</summary>
    public static string PageUrl(string relativePath, bool directoryUrls)
    {
        var withoutExtension = relativePath[..^Path.GetExtension(relativePath).Length];
        var name = Path.GetFileName(withoutExtension);
        if (name.Equals("index", StringComparison.OrdinalIgnoreCase) || name.Equals("README", StringComparison.OrdinalIgnoreCase))
        {
            return PermalinkTemplate.Clean(FileSystem.SitePath.Directory(withoutExtension) + "/");
        }

        return Finish(PermalinkTemplate.Clean(withoutExtension + "/"), directoryUrls);
    }

    private string Finish(string folderUrl) => Finish(folderUrl, directoryUrls);

    private static string Finish(string folderUrl, bool directoryUrls) => directoryUrls || folderUrl == "/" ? folderUrl : folderUrl.TrimEnd('/') + ".html";

    /// <summary>Python-Markdown's <c>toc.slugify</c>: ASCII letters, digits, '_' and hyphens, lower case, runs of spaces and hyphens one hyphen.</summary>
    public static string PythonMarkdownSlug(string text)
    {
        var ascii = new string(text.Normalize(System.Text.NormalizationForm.FormKD).Where(c => c < 128).ToArray());
        var kept = new string(ascii.Where(c => char.IsLetterOrDigit(c) || c is '_' or '-' || char.IsWhiteSpace(c)).ToArray()).Trim().ToLowerInvariant();
        return System.Text.RegularExpressions.Regex.Replace(kept, @"[-\s]+", "-");
    }
}

/// <summary>Material for MkDocs's blog plugin: where posts are and how their URLs are made.</summary>
internal sealed record MkDocsBlog(string Directory, string UrlFormat, string DateFormat);
