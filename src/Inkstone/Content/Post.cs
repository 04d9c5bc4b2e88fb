using Inkstone.Data;

namespace Inkstone.Content;

/// <summary>
/// A post or standalone page as written: its metadata read from front matter (all the variants
/// other engines use, resolved to one meaning) and its Markdown body. Rendering comes later.
/// </summary>
internal sealed record Post
{
    public required PostKind Kind { get; init; }

    /// <summary>Site-relative source path, such as <c>content/posts/ppo.md</c>.</summary>
    public required string SourcePath { get; init; }

    /// <summary>
    /// The folder whose files are published under the post's URL: a page bundle (<c>content/posts/swin/</c> for
    /// <c>content/posts/swin/index.md</c>) or Hexo's asset folder beside the post; else null.
    /// </summary>
    public string? BundleDirectory { get; init; }

    public required string Title { get; init; }

    /// <summary>True when the title came from the front matter, false when taken from an H1 or the file name.</summary>
    public bool TitleFromFrontMatter { get; init; }

    public required DateTimeOffset Date { get; init; }

    /// <summary>True when neither the front matter nor the file name gave a date, so <see cref="Date"/> was found some other way.</summary>
    public bool Undated { get; init; }

    /// <summary>Where the date of an undated post came from (its first commit, or its file's modification time).</summary>
    public FileSystem.FileDateSource? DateFrom { get; init; }

    public DateTimeOffset? Updated { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>An excerpt the writer gave in front matter (summary, description or excerpt).</summary>
    public string? Summary { get; init; }

    public bool Draft { get; init; }

    public required string Slug { get; init; }

    /// <summary>
    /// The URL path of the page without the site's base path: "/posts/a/" for a folder, "/2025/a.html" for a file.
    /// Given by the site's URL rule once the post is read (<see cref="IPostUrlRule"/>).
    /// </summary>
    public string Url { get; init; } = "/";

    /// <summary>The folder of <see cref="Url"/>: itself for "/posts/a/", "/2025/" for "/2025/a.html".</summary>
    public string FolderUrl => Url.EndsWith('/') ? Url : Url[..(Url.LastIndexOf('/') + 1)];

    /// <summary>
    /// Where the files of <see cref="BundleDirectory"/> are published: the post's folder, or for an address ending in
    /// ".html" the address without it ("/2025/03/grpo.html" keeps its files in "/2025/03/grpo/", as Hexo does).
    /// </summary>
    public string AssetUrl => Url.EndsWith('/') ? Url : Url.EndsWith(".html", StringComparison.Ordinal) ? Url[..^5] + "/" : FolderUrl;

    public string? Cover { get; init; }

    public bool Pinned { get; init; }

    public string? Series { get; init; }

    public int? SeriesOrder { get; init; }

    public bool Toc { get; init; } = true;

    /// <summary>Whether the site's comment system, when it has one, shows under this post (<c>comments: false</c> turns it off).</summary>
    public bool Comments { get; init; } = true;

    public string? Layout { get; init; }

    /// <summary>The language of this post when it differs from the site's (<c>lang: en</c> on a Chinese blog).</summary>
    public string? Lang { get; init; }

    /// <summary>
    /// What the post's translations share (<c>translationKey</c> in front matter, or the file name without its language:
    /// <c>posts/ppo</c> for <c>posts/ppo.en.md</c>); null for a post that is no translation.
    /// </summary>
    public string? TranslationKey { get; init; }

    /// <summary>Per-post math macros from front matter.</summary>
    public IReadOnlyDictionary<string, string> MathMacros { get; init; } = new Dictionary<string, string>();

    public required SourceText Source { get; init; }

    /// <summary>Offset in <see cref="Source"/> where the Markdown body starts.</summary>
    public required int BodyOffset { get; init; }

    /// <summary>The Markdown body, a new copy of the text on every call.</summary>
    public string Body => Source.Text[BodyOffset..];

    /// <summary>True when the body is empty or only white space; copies nothing, unlike <see cref="Body"/>.</summary>
    public bool BodyIsBlank => Source.Text.AsSpan(BodyOffset).IsWhiteSpace();

    /// <summary>The front matter as written, with the position of every key's value.</summary>
    public DataMap FrontMatter { get; init; } = DataMap.Empty("");

    /// <summary>Where a front matter key's value was written, or the file itself when the key is absent.</summary>
    public Diagnostics.SourceLocation Locate(params string[] keys) =>
        keys.Select(k => FrontMatter[k]).FirstOrDefault(n => n is not null)?.Location ?? Diagnostics.SourceLocation.File(SourcePath);

    /// <summary>For a post read from a Jupyter notebook: its output images and where each body line came from; else null.</summary>
    public Notebooks.NotebookSource? Notebook { get; init; }

    /// <summary>All front matter values, for templates (<c>page.params.xyz</c>).</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = new Dictionary<string, object?>();
}
