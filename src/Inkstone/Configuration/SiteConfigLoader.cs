using System.Text;
using Inkstone.Data;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Configuration;

/// <summary>Reads <c>inkstone.yml</c>, reporting every bad value at its line and column.</summary>
internal static class SiteConfigLoader
{
    public const string FileName = "inkstone.yml";

    private static readonly HashSet<string> KnownKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "description", "base_url", "baseurl", "url", "language", "author", "posts_per_page", "per_page", "excerpt_length",
        "timezone", "reading_speed", "categories", "menu", "math", "line_numbers", "params", "from", "date_format", "excerpt_separator", "follow_links",
        "markdown", "deploy", "feed", "archive", "comments", "analytics", "china", "notebooks", "citations",
        "image_processing", "social_cards",
    };

    public static bool Exists(ISiteFileSystem files) => files.FileExists(FileName) || files.FileExists("inkstone.yaml");

    /// <summary>The settings of <c>inkstone.yml</c>, or null when the site has none (it may be another engine's site).</summary>
    public static DataMap? Read(ISiteFileSystem files, DiagnosticBag diagnostics)
    {
        var path = files.FileExists(FileName) ? FileName : files.FileExists("inkstone.yaml") ? "inkstone.yaml" : null;
        if (path is null)
        {
            return null;
        }

        var source = new SourceText(path, Encoding.UTF8.GetString(files.ReadAllBytes(path)).TrimStart('\uFEFF'));
        return YamlDataReader.Read(source, source.Text, 1, diagnostics, DiagnosticIds.ConfigMalformed);
    }

    /// <summary>Reports a folder that is no site Inkstone knows.</summary>
    public static void ReportMissing(DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticIds.ConfigMissing, SourceLocation.File(FileName), "This folder has no inkstone.yml and is not a Jekyll, Hexo, Hugo or MkDocs site.",
            "Run 'inkstone new site DIR' to create one, or pass the site's folder: 'inkstone build path/to/site'.");

    /// <summary>The settings of <c>inkstone.yml</c> over <paramref name="basis"/> (the defaults, or what an imported site's own configuration gave).</summary>
    public static SiteConfig Load(DataMap map, DiagnosticBag diagnostics, SiteConfig? basis = null)
    {
        // Values of the wrong type are reported with the configuration's own id.
        var values = new DiagnosticBag();
        var config = FromMap(map, values, basis);
        foreach (var diagnostic in values.Sorted())
        {
            diagnostics.Add(diagnostic.Id == DiagnosticIds.FrontMatterWrongType ? diagnostic with { Id = DiagnosticIds.ConfigInvalidValue } : diagnostic);
        }

        return config;
    }

    /// <summary>Reads <c>inkstone.yml</c> alone, for a native site (scaffolding reads its time zone).</summary>
    public static SiteConfig Load(ISiteFileSystem files, DiagnosticBag diagnostics)
    {
        if (Read(files, diagnostics) is not { } map)
        {
            ReportMissing(diagnostics);
            return new SiteConfig();
        }

        return Load(map, diagnostics);
    }

    public static SiteConfig FromMap(DataMap map, DiagnosticBag diagnostics, SiteConfig? basis = null)
    {
        foreach (var (key, node) in map.Entries)
        {
            if (!KnownKeys.Contains(key))
            {
                diagnostics.Warning(DiagnosticIds.ConfigInvalidValue, node.Location, $"'{key}' is not a setting Inkstone knows; it is ignored.",
                    "Put values of your own under 'params:' to use them in templates.");
            }
        }

        var config = basis ?? new SiteConfig();
        var baseUrl = DataValues.String(map["base_url"] ?? map["baseurl"] ?? map["url"], "base_url", diagnostics);
        if (baseUrl is not null)
        {
            if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https"))
            {
                config = config with { BaseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" };
            }
            else
            {
                Invalid(map["base_url"] ?? map["baseurl"] ?? map["url"]!, $"base_url '{baseUrl}' is not an absolute http(s) URL.", "Write it in full: base_url: https://example.org/", diagnostics);
            }
        }

        var language = ReadLanguage(map["language"], diagnostics);
        config = config with
        {
            Title = DataValues.String(map["title"], "title", diagnostics) ?? config.Title,
            Description = DataValues.String(map["description"], "description", diagnostics) ?? config.Description,
            Language = language?.Language ?? config.Language,
            Author = ReadAuthor(map["author"], diagnostics) ?? config.Author,
            PostsPerPage = DataValues.Int(map["posts_per_page"] ?? map["per_page"], "posts_per_page", diagnostics, min: 1) ?? config.PostsPerPage,
            FeedEntries = ReadSectionNumber(map["feed"], "feed", "entries", 20, diagnostics) ?? config.FeedEntries,
            ArchivePerPage = ReadSectionNumber(map["archive"], "archive", "per_page", 1000, diagnostics) ?? config.ArchivePerPage,
            NotebookOutputLimit = ReadSectionNumber(map["notebooks"], "notebooks", "output_limit", 20000, diagnostics) ?? config.NotebookOutputLimit,
            ExcerptLength = DataValues.Int(map["excerpt_length"], "excerpt_length", diagnostics, min: 1) ?? config.ExcerptLength,
            DateFormat = ReadDateFormat(map["date_format"], diagnostics) ?? config.DateFormat,
            ExcerptSeparator = DataValues.String(map["excerpt_separator"], "excerpt_separator", diagnostics) ?? config.ExcerptSeparator,
            TimeZone = ReadTimeZone(map["timezone"], diagnostics) ?? config.TimeZone,
            LineNumbers = DataValues.Bool(map["line_numbers"], "line_numbers", diagnostics) ?? config.LineNumbers,
            FollowLinks = DataValues.Bool(map["follow_links"], "follow_links", diagnostics) ?? config.FollowLinks,
            Params = map["params"] is DataMap p ? DataObjects.ToDictionary(p) : config.Params,
            Menu = map["menu"] is null ? config.Menu : ReadMenu(map["menu"], diagnostics),
            Math = map["math"] is null ? config.Math : ReadMath(map["math"], config.Math, diagnostics),
            Markdown = map["markdown"] is null ? config.Markdown : MarkdownSettingsReader.Read(map["markdown"]!, config.Markdown, diagnostics),
            Citations = map["citations"] is null ? config.Citations : ReadCitations(map["citations"]!, config.Citations, diagnostics),
            Images = map["image_processing"] is { } images ? ImageSettingsReader.Read(images, config.Images, diagnostics) : config.Images,
            SocialCards = map["social_cards"] is { } cards ? SocialCardSettingsReader.Read(cards, config.SocialCards, diagnostics) : config.SocialCards,
        };

        // zh-CN and en are what the site language names by default; the others keep their own tag.
        if (language is { Tag: not ("zh-CN" or "en") } named)
        {
            config = config with { LanguageTag = named.Tag };
        }

        if (map["categories"] is { } categories)
        {
            config = config with { AllowedCategories = DataValues.StringList(categories, "categories", diagnostics, splitSpaces: false) };
        }

        // Read last: their defaults come from the site's settings (giscus's language, Artalk's site name, Plausible's domain).
        config = config with
        {
            Comments = map["comments"] is { } comments ? CommentSettingsReader.Read(comments, config, diagnostics) : config.Comments,
            Analytics = map["analytics"] is { } analytics ? AnalyticsSettingsReader.Read(analytics, config, diagnostics) : config.Analytics,
            China = map["china"] is { } china ? ChinaSettingsReader.Read(china, diagnostics) : config.China,
        };

        if (map["reading_speed"] is DataMap speed)
        {
            config = config with
            {
                CjkCharactersPerMinute = DataValues.Int(speed["cjk"], "reading_speed.cjk", diagnostics, min: 1) ?? config.CjkCharactersPerMinute,
                LatinWordsPerMinute = DataValues.Int(speed["latin"], "reading_speed.latin", diagnostics, min: 1) ?? config.LatinWordsPerMinute,
            };
        }

        return config;
    }

    /// <summary>
    /// <c>SECTION: { KEY: N }</c>, a positive whole number (<c>feed: { entries: 20 }</c>, <c>archive: { per_page: 1000 }</c>):
    /// a map, so later settings of the section have a place beside it.
    /// </summary>
    private static int? ReadSectionNumber(DataNode? node, string section, string key, int example, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case null:
                return null;
            case DataMap map:
                foreach (var (name, value) in map.Entries.Where(e => !string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase)))
                {
                    diagnostics.Warning(DiagnosticIds.ConfigInvalidValue, value.Location, $"'{section}.{name}' is not a setting Inkstone knows; it is ignored.",
                        $"The {section} settings are: {key}.");
                }

                return DataValues.Int(map[key], $"{section}.{key}", diagnostics, min: 1);
            default:
                DataValues.WrongType(node, section, $"a map such as {{ {key}: {example} }}", diagnostics);
                return null;
        }
    }

    /// <summary>
    /// The site's language: English, or one written in Chinese characters (zh-CN, zh-TW, ja), which counts, excerpts and
    /// slugs text by character; with the tag the theme's strings and pages are chosen by.
    /// </summary>
    private static (SiteLanguage Language, string Tag)? ReadLanguage(DataNode? node, DiagnosticBag diagnostics)
    {
        var value = DataValues.String(node, "language", diagnostics);
        if (value is null)
        {
            return null;
        }

        if (LanguageCodes.Canonical(value) is { } tag)
        {
            return (tag == "en" ? SiteLanguage.English : SiteLanguage.Chinese, tag);
        }

        // Spellings such as "english" or "zh-Latn" still name the language they start with.
        if (value.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            return (SiteLanguage.English, "en");
        }

        if (value.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return (SiteLanguage.Chinese, "zh-CN");
        }

        Invalid(node!, $"language '{value}' is not supported.", $"Use one of: {string.Join(", ", LanguageCodes.Known)}.", diagnostics);
        return (SiteLanguage.Chinese, "zh-CN");
    }

    private static Author? ReadAuthor(DataNode? node, DiagnosticBag diagnostics) => node switch
    {
        null => null,
        DataMap m => new Author(
            DataValues.String(m["name"], "author.name", diagnostics) ?? "",
            DataValues.String(m["email"], "author.email", diagnostics),
            DataValues.String(m["url"], "author.url", diagnostics)),
        _ => new Author(DataValues.String(node, "author", diagnostics) ?? "", null, null),
    };

    /// <summary>A .NET date format ("yyyy-MM-dd", "MMM d, yyyy"); one that cannot format a date is reported.</summary>
    private static string? ReadDateFormat(DataNode? node, DiagnosticBag diagnostics)
    {
        var format = DataValues.String(node, "date_format", diagnostics);
        if (format is null)
        {
            return null;
        }

        try
        {
            _ = new DateTime(2025, 3, 14).ToString(format, System.Globalization.CultureInfo.InvariantCulture);
            return format;
        }
        catch (FormatException)
        {
            Invalid(node!, $"date_format '{format}' is not a date format.", "Write it as .NET does: yyyy-MM-dd, or MMM d, yyyy.", diagnostics);
            return null;
        }
    }

    private static TimeZoneInfo? ReadTimeZone(DataNode? node, DiagnosticBag diagnostics)
    {
        var id = DataValues.String(node, "timezone", diagnostics);
        if (id is null)
        {
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        Invalid(node!, $"timezone '{id}' is not a known time zone.", "Use an IANA name such as Asia/Shanghai or UTC.", diagnostics);
        return null;
    }

    private static IReadOnlyList<MenuItem> ReadMenu(DataNode? node, DiagnosticBag diagnostics)
    {
        if (node is not DataList list)
        {
            if (node is not null)
            {
                DataValues.WrongType(node, "menu", "a list of {name, url} items", diagnostics);
            }

            return [];
        }

        var items = new List<MenuItem>();
        foreach (var item in list.Items)
        {
            if (item is DataMap m && DataValues.String(m["name"], "menu.name", diagnostics) is { } name && DataValues.String(m["url"], "menu.url", diagnostics) is { } url)
            {
                items.Add(new MenuItem(name, url));
            }
            else
            {
                DataValues.WrongType(item, "menu", "an item with 'name' and 'url'", diagnostics);
            }
        }

        return items;
    }

    private static MathSettings ReadMath(DataNode? node, MathSettings basis, DiagnosticBag diagnostics)
    {
        var settings = basis;
        if (node is not DataMap m)
        {
            return settings;
        }

        var macros = new Dictionary<string, string>(StringComparer.Ordinal);
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        if (m["macros"] is DataMap macroMap)
        {
            foreach (var (name, value) in macroMap.Entries)
            {
                if (DataValues.String(value, "math.macros." + name, diagnostics) is { } body)
                {
                    var key = name.StartsWith('\\') ? name : "\\" + name;
                    macros[key] = body;
                    locations[key] = value.Location;
                }
            }
        }

        return settings with
        {
            Macros = macros,
            MacroLocations = locations,
            NumberEquations = DataValues.Bool(m["number_equations"], "math.number_equations", diagnostics) ?? false,
            BracketDelimiters = DataValues.Bool(m["bracket_delimiters"], "math.bracket_delimiters", diagnostics) ?? true,
            CodeDelimiters = DataValues.Bool(m["code_delimiters"], "math.code_delimiters", diagnostics) ?? basis.CodeDelimiters,
        };
    }

    /// <summary><c>citations: { style: numeric, bibliography: [refs.bib], cite_this_post: true }</c>.</summary>
    private static CitationSettings ReadCitations(DataNode node, CitationSettings basis, DiagnosticBag diagnostics)
    {
        if (node is not DataMap m)
        {
            DataValues.WrongType(node, "citations", "a map of settings (style, bibliography, cite_this_post)", diagnostics);
            return basis;
        }

        var settings = basis;
        if (m["style"] is { } styleNode && DataValues.String(styleNode, "citations.style", diagnostics) is { } style)
        {
            if (CitationSettings.ParseStyle(style) is { } parsed)
            {
                settings = settings with { Style = parsed };
            }
            else
            {
                Invalid(styleNode, $"'{style}' is not a citation style Inkstone has.", "Write 'author-year' (APA-like) or 'numeric' (IEEE-like).", diagnostics);
            }
        }

        if (m["bibliography"] is { } files)
        {
            var items = files is DataList list ? list.Items : [files];
            var paths = new List<string>();
            var locations = new List<SourceLocation>();
            foreach (var item in items)
            {
                if (DataValues.String(item, "citations.bibliography", diagnostics) is { Length: > 0 } path)
                {
                    paths.Add(path.TrimStart('/'));
                    locations.Add(item.Location);
                }
            }

            settings = settings with { Bibliographies = paths, BibliographyLocations = locations };
        }

        return settings with
        {
            CiteThisPost = DataValues.Bool(m["cite_this_post"], "citations.cite_this_post", diagnostics) ?? settings.CiteThisPost,
        };
    }

    private static void Invalid(DataNode node, string message, string hint, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticIds.ConfigInvalidValue, node.Location, message, hint);
}
