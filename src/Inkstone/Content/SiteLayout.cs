using Inkstone.Configuration;

namespace Inkstone.Content;

/// <summary>
/// Where a site keeps what, and how its files become URLs: Inkstone's own layout, or the layout of the
/// engine a writer is coming from (Jekyll, Hexo, Hugo, MkDocs), read as it is so the old folder builds
/// unchanged and every page keeps its old address.
/// </summary>
internal sealed record SiteLayout
{
    public SiteEngine Engine { get; init; } = SiteEngine.Inkstone;

    /// <summary>The settings files the site was read from (<c>inkstone.yml</c>, <c>_config.yml</c>, <c>hugo.toml</c>...).</summary>
    public IReadOnlyList<string> ConfigFiles { get; init; } = [];

    public IReadOnlyList<ContentRoot> ContentRoots { get; init; } = [];

    public IReadOnlyList<StaticRoot> StaticRoots { get; init; } = [];

    /// <summary>The folders a build reads: an output folder inside one would lose the writer's files, and serve watches them.</summary>
    public IReadOnlyList<string> SourceFolders { get; init; } = [];

    /// <summary>Where the data files templates read as <c>site.data</c> are (<c>data</c>; Jekyll's <c>_data</c>, Hexo's <c>source/_data</c>).</summary>
    public string DataFolder { get; init; } = "data";

    /// <summary>The output folder when none is given, relative to the site (the old engine's, so deploy scripts keep working).</summary>
    public string OutputFolder { get; init; } = "public";

    public HeadingIdStyle HeadingIds { get; init; } = HeadingIdStyle.Inkstone;

    /// <summary>How a tag's URL segment is spelled (<c>/tags/C/</c> in Hexo, <c>/tags/c++/</c> in Hugo).</summary>
    public Func<string, string> TagSlug { get; init; } = Slugifier.SlugifyTerm;

    public Func<string, string> CategorySlug { get; init; } = Slugifier.SlugifyTerm;

    /// <summary>Where the tag pages are ("/tags/"; Hexo's <c>tag_dir</c>).</summary>
    public string TagsUrl { get; init; } = "/tags/";

    public string CategoriesUrl { get; init; } = "/categories/";

    /// <summary>Paginated lists: page N of "/tags/x/" is at "/tags/x/" + this with N ("page/{0}/").</summary>
    public string PagePattern { get; init; } = "page/{0}/";

    /// <summary>Feeds the old engine published at other paths, written again there in the same format.</summary>
    public IReadOnlyList<FeedCopy> FeedCopies { get; init; } = [];

    /// <summary>
    /// The section a post belongs to, when the old engine gave each section a list page (Hugo's <c>/posts/</c>):
    /// its URL path and title; null for a post in no section, or a layout without section lists.
    /// </summary>
    public Func<Post, (string Url, string Title)?>? SectionOf { get; init; }

    /// <summary>Lists of each year's and month's posts at <c>/archives/2025/</c> and <c>/archives/2025/03/</c>, and <c>/archives/</c> paginated beyond its first page (Hexo).</summary>
    public bool DatedArchives { get; init; }

    /// <summary>
    /// Languages other than the site's own that have lists of their own under a prefix (Hugo's <c>/en/</c>): their posts
    /// are published at their URLs but listed only in their language's home and term pages.
    /// </summary>
    public IReadOnlyList<LanguageTree> Languages { get; init; } = [];

    /// <summary>Where the paginated list of all posts is: the home page "/", or Material's blog index "/blog/".</summary>
    public string PostListUrl { get; init; } = "/";

    /// <summary>When true, a page at "/" is the home page (MkDocs's docs/index.md) and wins over a post list there; else the post list is.</summary>
    public bool HomeFromPage { get; init; }

    /// <summary>What was read from where, for <c>inkstone init</c> and the build's first line.</summary>
    public IReadOnlyList<SettingSource> Mapping { get; init; } = [];

    public static SiteLayout Inkstone { get; } = new()
    {
        ConfigFiles = ["inkstone.yml"],
        ContentRoots =
        [
            new ContentRoot("content/posts", PostKind.Post, InkstoneUrls.Posts) { Notebooks = true },
            new ContentRoot("content", PostKind.Page, InkstoneUrls.Pages) { Includes = p => !FileSystem.SitePath.IsUnder(p, "content/posts") },
        ],
        // Images beside a post that is not a bundle (content/posts/figs/a.png) are published at their path under content/.
        StaticRoots = [new StaticRoot("static"), new StaticRoot("content") { Includes = p => !p.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !p.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase) && !(FileSystem.SitePath.IsUnder(p, "content/posts") && Notebooks.NotebookReader.IsNotebook(p)) }],
        SourceFolders = ["content", "static", "layouts", "assets", "data"],
    };
}

/// <summary>A language with its own lists: posts whose <see cref="Post.Lang"/> is <paramref name="Code"/> are listed under <paramref name="Prefix"/> ("/en/").</summary>
internal sealed record LanguageTree(string Code, string Prefix)
{
    public bool Holds(Post post) =>
        string.Equals(post.Lang, Code, StringComparison.OrdinalIgnoreCase) || string.Equals(LanguageCodes.Canonical(post.Lang), Code, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A feed the old engine wrote at <paramref name="Path"/> ("feed.xml", "index.xml"), in <paramref name="Format"/>.</summary>
internal sealed record FeedCopy(string Path, FeedFormat Format);

internal enum FeedFormat
{
    Atom,
    Rss,
    Json,
}

/// <summary>One setting Inkstone took from a foreign site's configuration: its key in inkstone.yml, the value, and where it came from.</summary>
internal sealed record SettingSource(string Key, string Value, string From);
