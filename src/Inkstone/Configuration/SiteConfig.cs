using System.Globalization;
namespace Inkstone.Configuration;

/// <summary>The settings in a site's <c>inkstone.yml</c>, with the defaults a new site gets.</summary>
internal sealed record SiteConfig
{
    public string Title { get; init; } = "My Blog";

    public string Description { get; init; } = "";

    /// <summary>Absolute base URL ending in '/', used for feeds, sitemaps and canonical links.</summary>
    public string BaseUrl { get; init; } = "http://localhost/";

    public SiteLanguage Language { get; init; } = SiteLanguage.Chinese;

    /// <summary>
    /// The site's language as pages and feeds name it (<c>zh-CN</c>, <c>zh-TW</c>, <c>en</c>, <c>ja</c>); a translation's language
    /// (<c>zh-TW</c>, <c>ja</c>) for the feeds of its own folder.
    /// </summary>
    public string LanguageTag
    {
        get => _languageTag ?? (Language == SiteLanguage.English ? "en" : "zh-CN");
        init => _languageTag = value;
    }

    private readonly string? _languageTag;

    /// <summary>
    /// The culture dates and numbers are written in for readers (month names in templates and <see cref="DateFormat"/>):
    /// the site's, never the machine's, so a build is the same on every machine.
    /// </summary>
    public CultureInfo Culture => Language == SiteLanguage.English ? CultureInfo.InvariantCulture : ChineseCulture;

    public Author Author { get; init; } = new("", null, null);

    public int PostsPerPage { get; init; } = 10;

    /// <summary>
    /// How many of the newest posts each feed carries (<c>feed: { entries: N }</c>). Feeds hold whole posts, so a feed of
    /// every post on a large site would be megabytes that every reader fetches on every poll.
    /// </summary>
    public int FeedEntries { get; init; } = 20;

    /// <summary>
    /// How many posts one archive page lists (<c>archive: { per_page: N }</c>). A site with more posts than this gets an
    /// archive of years, each year a page of its own, cut into pages of this many: one page of 50,000 posts is 14 MB,
    /// near the 15 MB of HTML a search engine reads.
    /// </summary>
    public int ArchivePerPage { get; init; } = 1000;

    /// <summary>How dates are shown on cards and posts, as a .NET format ("yyyy-MM-dd"); machine-readable dates stay ISO.</summary>
    public string DateFormat { get; init; } = "yyyy-MM-dd";

    /// <summary>
    /// What ends a post's excerpt when it has no <c>&lt;!-- more --&gt;</c>: null to cut the text at <see cref="ExcerptLength"/>,
    /// a blank line ("\n\n", Jekyll's default) for the first paragraph, or a marker of the writer's own (<c>&lt;!--excerpt--&gt;</c>).
    /// </summary>
    public string? ExcerptSeparator { get; init; }

    public int ExcerptLength { get; init; } = 350;

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    private static readonly CultureInfo ChineseCulture = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>Words a minute: CJK characters and Latin words are read at different speeds.</summary>
    public int CjkCharactersPerMinute { get; init; } = 300;

    public int LatinWordsPerMinute { get; init; } = 200;

    /// <summary>When set, a post whose category is not listed is reported.</summary>
    public IReadOnlyList<string>? AllowedCategories { get; init; }

    public IReadOnlyList<MenuItem> Menu { get; init; } = [];

    public MathSettings Math { get; init; } = new();

    /// <summary>Whose Markdown the posts are written in (<c>markdown:</c>); an imported site's engine gives the default.</summary>
    public MarkdownSettings Markdown { get; init; } = new();

    public bool LineNumbers { get; init; }

    /// <summary>How many characters of one notebook output are shown (<c>notebooks: { output_limit: N }</c>); the rest is cut with a note.</summary>
    public int NotebookOutputLimit { get; init; } = 20_000;

    /// <summary>Citations and bibliographies (<c>citations:</c>).</summary>
    public CitationSettings Citations { get; init; } = new();

    /// <summary>How the images of posts and pages are resized and encoded (<c>image_processing:</c>); on by default.</summary>
    public ImageSettings Images { get; init; } = new();

    /// <summary>Each post's Open Graph image, drawn at build time (<c>social_cards:</c>); on by default.</summary>
    public SocialCardSettings SocialCards { get; init; } = new();

    /// <summary>Whether symbolic links that lead out of the site folder are followed (<c>follow_links: true</c>); off, they are left out with a warning.</summary>
    public bool FollowLinks { get; init; }

    /// <summary>The comment system under each post (<c>comments:</c>); null, the default, for none.</summary>
    public ThirdPartyService? Comments { get; init; }

    /// <summary>The analytics counters every page loads (<c>analytics:</c>); none by default.</summary>
    public AnalyticsSettings Analytics { get; init; } = AnalyticsSettings.None;

    /// <summary>The filing numbers in the footer and Baidu's sitemap (<c>china:</c>); off by default.</summary>
    public ChinaSettings China { get; init; } = ChinaSettings.None;

    /// <summary>Free-form values for templates: <c>params:</c> in the config.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = new Dictionary<string, object?>();

    /// <summary>The base URL's path ("/" or "/blog/"), which prefixes every link in the site.</summary>
    public string BasePath => new Uri(BaseUrl).AbsolutePath;
}

internal enum SiteLanguage
{
    Chinese,
    English,
}

internal sealed record Author(string Name, string? Email, string? Url);

internal sealed record MenuItem(string Name, string Url);

internal sealed record MathSettings
{
    public IReadOnlyDictionary<string, string> Macros { get; init; } = new Dictionary<string, string>();

    /// <summary>Where each of <see cref="Macros"/> is written, so a broken one is reported at its definition.</summary>
    public IReadOnlyDictionary<string, Diagnostics.SourceLocation> MacroLocations { get; init; } = new Dictionary<string, Diagnostics.SourceLocation>();

    public bool NumberEquations { get; init; }

    /// <summary>Whether <c>\(...\)</c> and <c>\[...\]</c> are math delimiters.</summary>
    public bool BracketDelimiters { get; init; } = true;

    /// <summary>
    /// Whether inline code that is only a formula (<c>`$x$`</c>) is math (<c>math.code_delimiters</c>): some MathJax
    /// themes wrote math in backticks to keep Markdown from touching it.
    /// </summary>
    public bool CodeDelimiters { get; init; }
}
