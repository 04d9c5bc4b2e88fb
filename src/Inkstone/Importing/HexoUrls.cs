using Inkstone.Content;
using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Importing;

/// <summary>
/// Hexo's URLs. A post's comes from the <c>permalink</c> pattern (<c>:year/:month/:day/:title/</c> by default), where
/// <c>:title</c> is the file's path under <c>_posts/</c>, <c>:name</c> its file name, <c>:post_title</c> the slugized
/// title and <c>:category</c> the deepest category's slug; any front matter key and <c>permalink_defaults</c> fill
/// the rest. A page's is its path under <c>source/</c> with <c>.html</c>; <c>about/index.md</c> is <c>/about/</c>.
/// </summary>
internal sealed class HexoUrls(HexoSettings settings, PostKind kind) : IPostUrlRule
{
    public string? Url(Post post, string relativePath, DiagnosticBag diagnostics)
    {
        return kind == PostKind.Post ? PostUrl(post, relativePath, diagnostics) : PageUrl(post, relativePath, diagnostics);
    }

    private string? PostUrl(Post post, string relativePath, DiagnosticBag diagnostics)
    {
        var own = post.FrontMatter["permalink"];
        if (DataValues.String(own, "permalink", diagnostics) is { } permalink)
        {
            if (settings.PostAssetFolder && !permalink.EndsWith('/') && !permalink.EndsWith(".html", StringComparison.Ordinal))
            {
                permalink += "/";
            }

            return PermalinkValidator.Validate(permalink, own!.Location, diagnostics);
        }

        var slug = relativePath[..^Path.GetExtension(relativePath).Length];
        var date = TimeZoneInfo.ConvertTime(post.Date, settings.TimeZone);
        var expanded = PermalinkTemplate.Expand(settings.Permalink, name => name switch
        {
            "title" => slug,
            "name" => slug[(slug.LastIndexOf('/') + 1)..],
            "post_title" => EngineSlugs.Hexo(post.Title, transform: 1),
            "category" => CategorySlug(post),
            "hash" => Hash(slug, date),
            _ => PermalinkTemplate.DatePart(name, date)
                 ?? (post.FrontMatter[name] as DataScalar)?.Text
                 ?? settings.PermalinkDefaults.GetValueOrDefault(name),
        });
        if (settings.PostAssetFolder && !expanded.EndsWith('/') && !expanded.EndsWith(".html", StringComparison.Ordinal))
        {
            expanded += "/";
        }

        return Tidy(expanded);
    }

    private string? PageUrl(Post post, string relativePath, DiagnosticBag diagnostics)
    {
        var own = post.FrontMatter["permalink"];
        string path;
        if (DataValues.String(own, "permalink", diagnostics) is { } permalink)
        {
            path = permalink.EndsWith('/') ? permalink + "index" : permalink;
            if (Path.GetExtension(path).Length == 0)
            {
                path += ".html";
            }
        }
        else
        {
            path = relativePath[..^Path.GetExtension(relativePath).Length] + ".html";
        }

        var url = Tidy(path);
        return own is null ? url : PermalinkValidator.Validate(url, own.Location, diagnostics);
    }

    /// <summary>"about/index.html" is the folder "/about/", as Hexo's pretty_urls.trailing_index links it.</summary>
    private static string Tidy(string path)
    {
        var url = PermalinkTemplate.Clean(path);
        return url.EndsWith("/index.html", StringComparison.Ordinal) ? url[..^"index.html".Length] : url;
    }

    /// <summary>The slug of the post's last category, "parent/child" for a nested one, or <c>default_category</c>.</summary>
    private string CategorySlug(Post post) =>
        post.Categories.Count == 0 ? settings.DefaultCategory : settings.CategorySlug(post.Categories[^1]);

    private static string Hash(string slug, DateTimeOffset date)
    {
        var bytes = System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(slug + date.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(bytes)[..12];
    }
}
