using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.Data;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Importing;

/// <summary>
/// Reads a Hexo site as Hexo lays it out: <c>_config.yml</c>, posts in <c>source/_posts/</c> (with asset folders
/// when <c>post_asset_folder</c> is on), drafts in <c>source/_drafts/</c>, every other Markdown file under
/// <c>source/</c> a page, the rest of <c>source/</c> copied, and the theme's settings for its menu.
/// </summary>
internal static class HexoSite
{
    public const string ConfigFile = "_config.yml";

    public static bool Recognizes(ISiteFileSystem files) =>
        files.FileExists(ConfigFile) && (files.DirectoryExists("source/_posts") || files.DirectoryExists("scaffolds") || HexoPackage(files));

    public static ImportedSite Read(ISiteFileSystem files, DiagnosticBag diagnostics)
    {
        var map = ForeignConfig.Read(files, ConfigFile, diagnostics);
        var settings = new SettingsMap(ConfigFile, diagnostics);
        settings.Set("title", settings.Text(map, "title"), "title", (c, v) => c with { Title = v });
        settings.Set("description", settings.Text(map, "description") ?? settings.Text(map, "subtitle"), "description", (c, v) => c with { Description = v });
        settings.BaseUrl(settings.Text(map, "url"), settings.Text(map, "root"), "url + root");
        settings.Author(map["author"], "author");
        settings.Language(map["language"] is DataList languages ? settings.Text(languages.Items.FirstOrDefault(), "language") : settings.Text(map, "language"), "language");
        settings.TimeZone(settings.Text(map, "timezone"), "timezone");
        var perPage = (map["index_generator"] as DataMap)?["per_page"] ?? map["per_page"];
        settings.Set("posts_per_page", settings.Int(perPage), "per_page", (c, v) => c with { PostsPerPage = v });
        settings.Set("date_format", DateFormats.FromMoment(settings.Text(map, "date_format")), "date_format", (c, v) => c with { DateFormat = v });

        var source = (settings.Text(map, "source_dir") ?? "source").Trim('/');
        var hexo = new HexoSettings
        {
            Permalink = settings.Text(map, "permalink") ?? ":year/:month/:day/:title/",
            PermalinkDefaults = Strings(map["permalink_defaults"]),
            PostAssetFolder = settings.Bool(map["post_asset_folder"]) ?? false,
            DefaultCategory = settings.Text(map, "default_category") ?? "uncategorized",
            CategoryMap = Strings(map["category_map"]),
            TagMap = Strings(map["tag_map"]),
            FilenameCase = settings.Int(map["filename_case"]) ?? 0,
            TimeZone = settings.Config.TimeZone,
        };
        settings.Note("permalink", hexo.Permalink, "permalink");

        var theme = HexoTheme.Read(files, settings.Text(map, "theme"), diagnostics);
        if (theme.Menu.Count > 0)
        {
            settings.Set("menu", theme.Menu, theme.File + ": menu", (c, v) => c with { Menu = v }, v => string.Join(", ", v.Select(i => $"{i.Name} {i.Url}")));
        }

        var posts = $"{source}/_posts";
        var roots = new List<ContentRoot>
        {
            new(posts, PostKind.Post, new HexoUrls(hexo, PostKind.Post)) { AssetFolders = hexo.PostAssetFolder, Bundles = false, DatedNames = false, Categories = HexoCategories.Of },
            new($"{source}/_drafts", PostKind.Post, new HexoUrls(hexo, PostKind.Post)) { Drafts = true, AssetFolders = hexo.PostAssetFolder, Bundles = false, DatedNames = false, Categories = HexoCategories.Of },
            new(source, PostKind.Page, new HexoUrls(hexo, PostKind.Page)) { Includes = p => Visible(p, source), Bundles = false, DatedNames = false },
        };

        var feeds = new List<FeedCopy>();
        if (map["feed"] is DataMap feed)
        {
            var type = settings.Text(feed, "type") ?? "atom";
            var path = (settings.Text(feed, "path") ?? (type == "rss2" ? "rss2.xml" : "atom.xml")).TrimStart('/');
            feeds.Add(new FeedCopy(path, type == "rss2" ? FeedFormat.Rss : FeedFormat.Atom));
        }

        var layout = new SiteLayout
        {
            Engine = SiteEngine.Hexo,
            ConfigFiles = theme.File is null ? [ConfigFile] : [ConfigFile, theme.File],
            ContentRoots = roots,
            StaticRoots = [new StaticRoot(source) { Includes = p => Visible(p, source) && !ContentLoader.IsMarkdown(p) }],
            SourceFolders = [source, "themes", "scaffolds"],
            DataFolder = source.Length == 0 ? "_data" : source + "/_data",
            OutputFolder = (settings.Text(map, "public_dir") ?? "public").Trim('/'),
            HeadingIds = HeadingIdStyle.Hexo,
            TagSlug = hexo.TagSlug,
            CategorySlug = hexo.CategorySlug,
            TagsUrl = "/" + (settings.Text(map, "tag_dir") ?? "tags").Trim('/') + "/",
            CategoriesUrl = "/" + (settings.Text(map, "category_dir") ?? "categories").Trim('/') + "/",
            PagePattern = (settings.Text(map, "pagination_dir") ?? "page").Trim('/') + "/{0}/",
            FeedCopies = feeds,
            DatedArchives = true,
        };
        return new ImportedSite(settings.Config, layout with { Mapping = settings.Sources });
    }

    /// <summary>Hexo skips files and folders whose names start with '_' or '.' under <c>source/</c> (posts and drafts are read on their own).</summary>
    private static bool Visible(string path, string source) =>
        !path[(source.Length + 1)..].Split('/').Any(s => s.StartsWith('_') || s.StartsWith('.'));

    private static bool HexoPackage(ISiteFileSystem files) =>
        files.FileExists("package.json") && System.Text.Encoding.UTF8.GetString(files.ReadAllBytes("package.json")).Contains("\"hexo\"", StringComparison.Ordinal);

    private static Dictionary<string, string> Strings(DataNode? node) =>
        node is DataMap m
            ? m.Entries.Where(e => e.Value is DataScalar).ToDictionary(e => e.Key, e => ((DataScalar)e.Value).Text, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
}
