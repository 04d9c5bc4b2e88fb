using Inkstone.Content;
using Inkstone.Data;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Importing;

/// <summary>
/// Reads a Jekyll site as Jekyll lays it out: <c>_config.yml</c>, posts in <c>_posts/</c> (also <c>ml/_posts/</c>),
/// drafts in <c>_drafts/</c>, collections with <c>output: true</c>, pages anywhere else that start with front
/// matter, and every other file outside underscore folders copied as it is.
/// </summary>
internal static class JekyllSite
{
    public const string ConfigFile = "_config.yml";

    // Jekyll 4 excludes these besides the site's own 'exclude' list.
    private static readonly string[] DefaultExcludes =
        [".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle", "vendor/cache", "vendor/gems", "vendor/ruby"];

    public static bool Recognizes(ISiteFileSystem files) =>
        files.FileExists(ConfigFile) && (files.DirectoryExists("_posts") || files.DirectoryExists("_layouts") || files.DirectoryExists("_includes") || !files.DirectoryExists("source"));

    public static ImportedSite Read(ISiteFileSystem files, DiagnosticBag diagnostics)
    {
        var map = ForeignConfig.Read(files, ConfigFile, diagnostics);
        var settings = new SettingsMap(ConfigFile, diagnostics);
        settings.Set("title", settings.Text(map, "title"), "title", (c, v) => c with { Title = v });
        settings.Set("description", settings.Text(map, "description") ?? settings.Text(map, "tagline"), "description", (c, v) => c with { Description = v });
        settings.BaseUrl(settings.Text(map, "url"), settings.Text(map, "baseurl"), "url + baseurl");
        settings.Author(map["author"], "author");
        settings.Language(settings.Text(map, "lang") ?? settings.Text(map, "locale"), "lang");
        settings.TimeZone(settings.Text(map, "timezone"), "timezone");
        settings.Set("posts_per_page", settings.Int(map["paginate"]), "paginate", (c, v) => c with { PostsPerPage = v });
        var dateFormat = settings.Text(map, "date_format") ?? settings.Text(map["minima"] as DataMap ?? DataMap.Empty(""), "date_format");
        settings.Set("date_format", DateFormats.FromStrftime(dateFormat), "date_format", (c, v) => c with { DateFormat = v });

        // Jekyll's excerpt is the first paragraph unless the site names another separator.
        settings.Set("excerpt_separator", settings.Text(map, "excerpt_separator") ?? "\n\n", "excerpt_separator", (c, v) => c with { ExcerptSeparator = v }, v => v == "\n\n" ? "the first paragraph (Jekyll's default)" : v);

        ForeignMarkdown.Kramdown(map, settings);
        if (MathJaxCodeConvention.UsedBy(files, ["_includes", "_layouts"]))
        {
            settings.Set("math.code_delimiters", "true", "_includes/ or _layouts/: MathJax typesets inside <code>", (c, _) => c with { Math = c.Math with { CodeDelimiters = true } });
        }

        var zone = settings.Config.TimeZone;
        var style = settings.Text(map, "permalink");
        var postPattern = JekyllUrls.PostPattern(style);
        settings.Note("permalink", postPattern, "permalink");
        var destination = (settings.Text(map, "destination") ?? "_site").Trim('/', '.');
        var include = StringList(map["include"]).Append(".htaccess").ToList();
        // Inkstone's own files are never published: its cache, its output, and the inkstone.yml 'inkstone init' writes.
        var exclude = StringList(map["exclude"]).Concat(DefaultExcludes).Append(destination)
            .Concat([".inkstone", "public", "inkstone.yml", "inkstone.yaml"]).ToList();

        bool Visible(string path) => JekyllEntryFilter.Visible(path, include, exclude);
        bool InPosts(string path) => path.Split('/').Contains("_posts") && JekyllEntryFilter.Visible(path.Replace("_posts/", "posts/", StringComparison.Ordinal), include, exclude);

        var roots = new List<ContentRoot>
        {
            new("", PostKind.Post, new JekyllUrls(JekyllDocumentKind.Post, postPattern, zone)) { Includes = InPosts, Bundles = false, Categories = JekyllUrls.Categories },
            new("_drafts", PostKind.Post, new JekyllUrls(JekyllDocumentKind.Post, postPattern, zone)) { Drafts = true, Bundles = false },
        };
        var staticRoots = new List<StaticRoot>();
        foreach (var (label, output, permalink) in Collections(map))
        {
            if (!output)
            {
                continue;
            }

            var pattern = permalink ?? JekyllUrls.WithSuffix("/:collection/:path", style);
            roots.Add(new ContentRoot("_" + label, PostKind.Page, new JekyllUrls(JekyllDocumentKind.Document, pattern, zone, label)) { Bundles = false, DatedNames = false });
            staticRoots.Add(new StaticRoot("_" + label) { Includes = p => !ContentLoader.IsMarkdown(p) });
            settings.Note($"collections.{label}", pattern, $"collections: {label}");
        }

        roots.Add(new ContentRoot("", PostKind.Page, new JekyllUrls(JekyllDocumentKind.Page, JekyllUrls.WithSuffix("/:path/:basename", style), zone))
        {
            Includes = Visible,
            NeedsFrontMatter = true,
            HtmlPages = true,
            Bundles = false,
            DatedNames = false,
        });
        staticRoots.Insert(0, new StaticRoot("") { Includes = Visible });

        var feeds = new List<FeedCopy>();
        if (UsesPlugin(map, "jekyll-feed"))
        {
            var path = (map["feed"] as DataMap)?["path"] is DataScalar feedPath ? feedPath.Text.TrimStart('/') : "feed.xml";
            feeds.Add(new FeedCopy(path, FeedFormat.Atom));
            settings.Note("feed", "/" + path, "plugins: jekyll-feed");
        }

        var layout = new SiteLayout
        {
            Engine = SiteEngine.Jekyll,
            ConfigFiles = [ConfigFile],
            ContentRoots = roots,
            StaticRoots = staticRoots,
            SourceFolders = ["_posts", "_drafts", "_layouts", "_includes", "_data", "_sass", "assets", .. roots.Select(r => r.Directory).Where(d => d.Length > 0).Distinct()],
            DataFolder = "_data",
            OutputFolder = destination,
            // Jekyll's kramdown reads GFM unless the site says 'input: kramdown', and the two make different ids.
            HeadingIds = settings.Text(map["kramdown"] as DataMap ?? DataMap.Empty(""), "input") is { } input && input.Equals("kramdown", StringComparison.OrdinalIgnoreCase)
                ? HeadingIdStyle.Kramdown
                : HeadingIdStyle.KramdownGfm,
            TagSlug = name => EngineSlugs.Jekyll(name, pretty: false, cased: false),
            CategorySlug = name => EngineSlugs.Jekyll(name, pretty: false, cased: false),
            PagePattern = PaginatePattern(settings.Text(map, "paginate_path")),
            FeedCopies = feeds,
        };
        return new ImportedSite(settings.Config, layout with { Mapping = settings.Sources });
    }

    /// <summary>jekyll-paginate's <c>paginate_path</c> ("/page:num/", the default) as "page{0}/".</summary>
    private static string PaginatePattern(string? path)
    {
        var pattern = (path ?? "/page:num/").Replace(":num", "{0}", StringComparison.Ordinal).TrimStart('/');
        return pattern.EndsWith('/') ? pattern : pattern + "/";
    }

    private static IEnumerable<(string Label, bool Output, string? Permalink)> Collections(DataMap map)
    {
        switch (map["collections"])
        {
            case DataMap collections:
                foreach (var (label, node) in collections.Entries)
                {
                    var settings = node as DataMap;
                    var output = settings?["output"] is DataScalar o && o.Text.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
                    yield return (label, output, (settings?["permalink"] as DataScalar)?.Text);
                }

                break;
            case DataList list:
                foreach (var item in list.Items.OfType<DataScalar>())
                {
                    yield return (item.Text, false, null);
                }

                break;
        }
    }

    private static bool UsesPlugin(DataMap map, string name) =>
        StringList(map["plugins"]).Concat(StringList(map["gems"])).Contains(name, StringComparer.Ordinal);

    private static IEnumerable<string> StringList(DataNode? node) => node switch
    {
        DataList list => list.Items.OfType<DataScalar>().Select(s => s.Text),
        DataScalar s => [s.Text],
        _ => [],
    };
}
