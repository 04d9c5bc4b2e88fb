using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.Data;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Importing;

/// <summary>
/// Reads a Hugo site as Hugo lays it out: <c>hugo.toml</c> (or <c>.yaml</c>/<c>.json</c>, <c>config.*</c>,
/// <c>config/_default/</c>), <c>content/</c> with its sections and page bundles, <c>static/</c> copied. Posts are
/// the pages of the main sections (<c>params.mainSections</c>, else <c>posts</c>, <c>post</c> or <c>blog</c>, else the
/// largest section); every other page is a standalone page; <c>_index.md</c> files describe list pages and are not pages.
/// </summary>
internal static class HugoSite
{
    private static readonly string[] ConfigNames = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"];

    public static bool Recognizes(ISiteFileSystem files) =>
        ConfigNames.Take(4).Any(files.FileExists) || files.DirectoryExists("config/_default") ||
        (ConfigNames.Skip(4).Any(files.FileExists) && files.DirectoryExists("content"));

    public static ImportedSite Read(ISiteFileSystem files, DiagnosticBag diagnostics)
    {
        var configFiles = ConfigFiles(files);
        var map = ForeignConfig.Merge(configFiles.Select(f => Wrap(f, ForeignConfig.Read(files, f, diagnostics))), configFiles.FirstOrDefault() ?? "hugo.toml");
        var settings = new SettingsMap(configFiles.FirstOrDefault() ?? "hugo.toml", diagnostics);
        var parameters = map["params"] as DataMap ?? DataMap.Empty("");
        settings.Set("title", settings.Text(map, "title"), "title", (c, v) => c with { Title = v });
        settings.Set("description", settings.Text(parameters, "description") ?? settings.Text(map, "description"), "params.description", (c, v) => c with { Description = v });
        settings.BaseUrl(settings.Text(map, "baseURL"), null, "baseURL");
        settings.Author(parameters["author"] ?? map["author"], "params.author");
        settings.Language(settings.Text(map, "languageCode") ?? settings.Text(map, "defaultContentLanguage"), "languageCode");
        settings.TimeZone(settings.Text(map, "timeZone"), "timeZone");
        var pager = (map["pagination"] as DataMap)?["pagerSize"] ?? map["paginate"];
        settings.Set("posts_per_page", settings.Int(pager), "paginate", (c, v) => c with { PostsPerPage = v });
        settings.Set("date_format", DateFormats.FromGoLayout(settings.Text(parameters, "dateFormat")), "params.dateFormat", (c, v) => c with { DateFormat = v });
        settings.Set("menu", Menu(map), "menu.main", (c, v) => c with { Menu = v }, v => string.Join(", ", v.Select(i => $"{i.Name} {i.Url}")));

        var languages = map["languages"] is DataMap langs ? langs.Entries.Select(e => e.Key.ToLowerInvariant()).ToHashSet(StringComparer.OrdinalIgnoreCase) : [];
        var hugo = new HugoSettings
        {
            Permalinks = Permalinks(map["permalinks"]),
            UglyUrls = settings.Bool(map["uglyURLs"]) ?? false,
            DisablePathToLower = settings.Bool(map["disablePathToLower"]) ?? false,
            TimeZone = settings.Config.TimeZone,
            DefaultLanguage = (settings.Text(map, "defaultContentLanguage") ?? "en").ToLowerInvariant(),
            Languages = languages,
        };
        foreach (var (section, pattern) in hugo.Permalinks)
        {
            settings.Note($"permalinks.{section}", pattern, $"permalinks.{section}");
        }

        var content = (settings.Text(map, "contentDir") ?? "content").Trim('/');
        var main = MainSections(parameters);
        settings.Note("posts", main is null ? $"every page in a section of {content}/" : string.Join(", ", main.Select(s => $"{content}/{s}/")), "params.mainSections");

        // Hugo gives every page in a section its tags and categories; the pages at the top of content/ are standalone.
        bool IsPost(string path) => main is null
            ? path[(content.Length + 1)..].Contains('/', StringComparison.Ordinal) && !IsLeafBundleAtTop(path, content)
            : main.Any(s => SitePath.IsUnder(path, $"{content}/{s}"));
        var sectionTitles = SectionTitles(files, content, diagnostics);
        bool IsPage(string path) => !Path.GetFileName(path).StartsWith("_index.", StringComparison.OrdinalIgnoreCase);

        var urls = new HugoUrls(hugo);
        string? LanguageOf(string path) => hugo.SplitLanguage(path).Language is { } code && code != hugo.DefaultLanguage ? code : null;
        var staticDir = (settings.Text(map, "staticDir") ?? "static").Trim('/');
        var layout = new SiteLayout
        {
            Engine = SiteEngine.Hugo,
            ConfigFiles = configFiles,
            ContentRoots =
            [
                new ContentRoot(content, PostKind.Post, urls) { Includes = p => IsPost(p) && IsPage(p), DatedNames = false, LanguageOf = LanguageOf },
                new ContentRoot(content, PostKind.Page, urls) { Includes = IsPage, DatedNames = false, LanguageOf = LanguageOf },
            ],
            StaticRoots = [new StaticRoot(staticDir), new StaticRoot(content) { Includes = p => !ContentLoader.IsMarkdown(p) }],
            SourceFolders = [content, staticDir, "layouts", "assets", "data", "i18n", "archetypes", "themes", "config"],
            OutputFolder = (settings.Text(map, "publishDir") ?? "public").Trim('/'),
            HeadingIds = HeadingIdStyle.GitHub,
            TagSlug = hugo.Path,
            CategorySlug = hugo.Path,
            FeedCopies = [new FeedCopy("index.xml", FeedFormat.Rss)],
            Languages = languages.Where(l => l != hugo.DefaultLanguage).Order(StringComparer.Ordinal).Select(l => new LanguageTree(l, $"/{l}/")).ToList(),
            SectionOf = post =>
            {
                var relative = post.SourcePath[(content.Length + 1)..];
                var slash = relative.IndexOf('/', StringComparison.Ordinal);
                if (slash < 0)
                {
                    return null;
                }

                var section = relative[..slash];
                return ("/" + hugo.Path(section) + "/", sectionTitles.GetValueOrDefault(section) ?? char.ToUpperInvariant(section[0]) + section[1..]);
            },
        };
        return new ImportedSite(settings.Config, layout with { Mapping = settings.Sources });
    }

    private static List<string> ConfigFiles(ISiteFileSystem files)
    {
        var top = ConfigNames.Where(files.FileExists).Take(1).ToList();
        var folder = files.EnumerateFiles("config/_default")
            .Where(f => Path.GetExtension(f) is ".toml" or ".yaml" or ".yml" or ".json")
            .OrderBy(f => Path.GetFileNameWithoutExtension(f) is "hugo" or "config" ? 0 : 1)
            .ThenBy(f => f, StringComparer.Ordinal);
        return top.Concat(folder).ToList();
    }

    /// <summary>A file of config/_default/ other than hugo.* or config.* holds one key: params.toml is [params].</summary>
    private static DataMap Wrap(string file, DataMap map)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        return !file.StartsWith("config/_default/", StringComparison.Ordinal) || name is "hugo" or "config"
            ? map
            : new DataMap([new(name, map)], map.Location);
    }

    private static Dictionary<string, string> Permalinks(DataNode? node)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is not DataMap map)
        {
            return result;
        }

        foreach (var (key, value) in map.Entries)
        {
            switch (value)
            {
                case DataScalar s:
                    result[key] = s.Text;
                    break;
                case DataMap kinds when key == "page":
                    // Hugo 0.112's form: [permalinks.page] posts = "..."
                    foreach (var (section, pattern) in kinds.Entries.Where(e => e.Value is DataScalar))
                    {
                        result[section] = ((DataScalar)pattern).Text;
                    }

                    break;
            }
        }

        return result;
    }

    /// <summary>The sections <c>params.mainSections</c> names, or null when it names none.</summary>
    private static List<string>? MainSections(DataMap parameters) => parameters["mainSections"] switch
    {
        DataList list => list.Items.OfType<DataScalar>().Select(s => s.Text).ToList(),
        DataScalar one => [one.Text],
        _ => null,
    };

    /// <summary>content/about/index.md is a standalone page in a bundle, not a section.</summary>
    private static bool IsLeafBundleAtTop(string path, string content)
    {
        var relative = path[(content.Length + 1)..].Split('/');
        return relative.Length == 2 && Path.GetFileNameWithoutExtension(relative[1]) == "index";
    }

    /// <summary>Each section's title from its <c>_index.md</c>.</summary>
    private static Dictionary<string, string> SectionTitles(ISiteFileSystem files, string content, DiagnosticBag diagnostics)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var index in files.EnumerateFiles(content).Where(f => Path.GetFileName(f) == "_index.md"))
        {
            var relative = index[(content.Length + 1)..];
            if (relative.Count(c => c == '/') != 1)
            {
                continue;
            }

            var text = System.Text.Encoding.UTF8.GetString(files.ReadAllBytes(index)).Replace("\r\n", "\n", StringComparison.Ordinal);
            var front = FrontMatterParser.Parse(new SourceText(index, text), new DiagnosticBag());
            if (front.Values["title"] is DataScalar title)
            {
                titles[relative[..relative.IndexOf('/', StringComparison.Ordinal)]] = title.Text;
            }
        }

        return titles;
    }

    private static List<MenuItem>? Menu(DataMap map)
    {
        if ((map["menu"] as DataMap)?["main"] is not DataList main)
        {
            return null;
        }

        var items = main.Items.OfType<DataMap>()
            .Select(m => (Name: (m["name"] as DataScalar)?.Text, Url: ((m["url"] ?? m["pageRef"]) as DataScalar)?.Text, Weight: (m["weight"] as DataScalar)?.Text))
            .Where(i => i.Name is not null && i.Url is not null)
            .OrderBy(i => int.TryParse(i.Weight, out var w) ? w : 0)
            .Select(i => new MenuItem(i.Name!, i.Url!))
            .ToList();
        return items.Count == 0 ? null : items;
    }
}
