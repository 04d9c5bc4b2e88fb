using Inkstone.Content;
using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Importing;

/// <summary>
/// Jekyll's URLs: a post's from its permalink pattern (<c>date</c>, <c>pretty</c>, <c>ordinal</c>, <c>weekdate</c>,
/// <c>none</c> or a pattern of placeholders), a page's from its path, a collection document's from the
/// collection's pattern; a <c>permalink</c> in front matter (placeholders allowed) wins over either.
/// </summary>
internal sealed class JekyllUrls(JekyllDocumentKind kind, string template, TimeZoneInfo zone, string? collection = null) : IPostUrlRule
{
    public static readonly IReadOnlyDictionary<string, string> Styles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["date"] = "/:categories/:year/:month/:day/:title:output_ext",
        ["pretty"] = "/:categories/:year/:month/:day/:title/",
        ["ordinal"] = "/:categories/:year/:y_day/:title:output_ext",
        ["weekdate"] = "/:categories/:year/W:week/:short_day/:title:output_ext",
        ["none"] = "/:categories/:title:output_ext",
    };

    /// <summary>The post pattern of a <c>permalink</c> setting: a style's pattern, or the setting itself.</summary>
    public static string PostPattern(string? style) => Styles.GetValueOrDefault(style ?? "date") ?? style!;

    /// <summary>Jekyll's <c>add_permalink_suffix</c>: pages and collections end like the site's post pattern does.</summary>
    public static string WithSuffix(string template, string? style) => (style ?? "date") switch
    {
        "pretty" => template + "/",
        "date" or "ordinal" or "none" or "weekdate" => template + ":output_ext",
        var custom when custom.EndsWith('/') => template + "/",
        var custom when custom.EndsWith(":output_ext", StringComparison.Ordinal) => template + ":output_ext",
        _ => template,
    };

    public string? Url(Post post, string relativePath, DiagnosticBag diagnostics)
    {
        var own = post.FrontMatter["permalink"];
        var pattern = DataValues.String(own, "permalink", diagnostics) ?? template;
        if (kind == JekyllDocumentKind.Page && own is null && IsIndex(relativePath))
        {
            pattern = "/:path/";
        }

        var date = TimeZoneInfo.ConvertTime(post.Date, zone);
        var url = PermalinkTemplate.Clean(PermalinkTemplate.Expand(pattern, name => Value(name, post, relativePath, date)));
        if (!url.EndsWith('/') && Path.GetExtension(url).Length == 0)
        {
            url += ".html"; // Jekyll writes "/about" to about.html
        }

        return own is null ? url : PermalinkValidator.Validate(url, own.Location, diagnostics);
    }

    private string? Value(string name, Post post, string relativePath, DateTimeOffset date)
    {
        var baseName = Path.GetFileNameWithoutExtension(relativePath);
        var slug = DataValues.String(post.FrontMatter["slug"], "slug", new DiagnosticBag()) ?? NameSlug(baseName);
        return name switch
        {
            "output_ext" => ".html",
            "title" => EngineSlugs.Jekyll(slug, pretty: true, cased: true),
            "slug" => EngineSlugs.Jekyll(slug, pretty: false, cased: false),
            "name" => EngineSlugs.Jekyll(baseName, pretty: false, cased: false),
            "categories" => string.Join('/', Categories(post, relativePath).Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal)),
            "slugified_categories" => string.Join('/', Categories(post, relativePath).Select(c => EngineSlugs.Jekyll(c, false, false)).Distinct(StringComparer.Ordinal)),
            "path" when kind == JekyllDocumentKind.Page => FileSystem.SitePath.Directory(relativePath),
            "path" => relativePath[..^Path.GetExtension(relativePath).Length],
            "basename" => baseName,
            "collection" => collection,
            _ => PermalinkTemplate.DatePart(name, date),
        };
    }

    /// <summary>A post's name without its date: "2025-03-14-grpo" is "grpo".</summary>
    private static string NameSlug(string baseName)
    {
        var match = System.Text.RegularExpressions.Regex.Match(baseName, @"^\d{2,4}-\d{1,2}-\d{1,2}-(.*)$");
        return match.Success ? match.Groups[1].Value : baseName;
    }

    /// <summary>
    /// Jekyll's categories: the folders above <c>_posts/</c> first (<c>ml/_posts/a.md</c> is in "ml"), then the
    /// front matter's (a string is split on spaces) and the singular <c>category</c>.
    /// </summary>
    public static List<string> Categories(Post post, string relativePath)
    {
        var list = new List<string>();
        void Add(DataNode? node, bool split)
        {
            switch (node)
            {
                case DataScalar s:
                    list.AddRange(split ? s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [s.Text]);
                    break;
                case DataList l:
                    list.AddRange(l.Items.OfType<DataScalar>().Select(i => i.Text));
                    break;
            }
        }

        var marker = relativePath.IndexOf("_posts/", StringComparison.Ordinal);
        if (marker > 0)
        {
            list.AddRange(relativePath[..marker].Split('/', StringSplitOptions.RemoveEmptyEntries));
        }

        Add(post.FrontMatter["categories"], split: true);
        Add(post.FrontMatter["category"], split: false);
        return list.Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool IsIndex(string relativePath) =>
        Path.GetFileNameWithoutExtension(relativePath).Equals("index", StringComparison.Ordinal);
}

internal enum JekyllDocumentKind
{
    Post,
    Page,
    Document,
}
