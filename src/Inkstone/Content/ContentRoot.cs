namespace Inkstone.Content;

/// <summary>A folder of posts or pages: <c>content/posts/</c>, Jekyll's <c>_posts/</c>, Hexo's <c>source/_posts/</c>, MkDocs's <c>docs/</c>.</summary>
/// <param name="Directory">The site-relative folder ("" for the site's own folder).</param>
/// <param name="Urls">How the engine the site came from gives its files URLs.</param>
internal sealed record ContentRoot(string Directory, PostKind Kind, IPostUrlRule Urls)
{
    /// <summary>Whether a file under the folder (site-relative path) belongs to this root; others are left to other roots.</summary>
    public Func<string, bool> Includes { get; init; } = _ => true;

    /// <summary>Jupyter notebooks (<c>.ipynb</c>) here are posts too, rendered from their stored outputs (Inkstone's <c>content/posts/</c>).</summary>
    public bool Notebooks { get; init; }

    /// <summary>Every file here is a draft (Jekyll's and Hexo's <c>_drafts/</c>).</summary>
    public bool Drafts { get; init; }

    /// <summary>Whether <c>draft: true</c> in front matter keeps a file out (MkDocs without its blog plugin publishes it).</summary>
    public bool ReadsDraftFlag { get; init; } = true;

    /// <summary>The engine's own reading of a post's categories (Jekyll adds the folders above <c>_posts/</c>); null for the front matter's.</summary>
    public Func<Post, string, IReadOnlyList<string>>? Categories { get; init; }

    /// <summary>The language a file is written in, when its engine says so by its name (Hugo's <c>grpo.en.md</c>).</summary>
    public Func<string, string?>? LanguageOf { get; init; }

    /// <summary>Files are pages only when they start with front matter; others are static files (Jekyll).</summary>
    public bool NeedsFrontMatter { get; init; }

    /// <summary>HTML files with front matter are pages too (Jekyll): their body is written as it is.</summary>
    public bool HtmlPages { get; init; }

    /// <summary>
    /// A post's folder of files beside it (Hexo's <c>post_asset_folder</c>: <c>name/</c> next to <c>name.md</c>),
    /// published under the post's URL like a page bundle's.
    /// </summary>
    public bool AssetFolders { get; init; }

    /// <summary>A post or page named <c>index.md</c> is a page bundle: the other files of its folder are published beside it.</summary>
    public bool Bundles { get; init; } = true;

    /// <summary>Titles given outside the files (MkDocs's <c>nav</c>), by site path; they win over front matter and headings.</summary>
    public IReadOnlyDictionary<string, string>? Titles { get; init; }

    /// <summary>Whether a file name can carry the date (Jekyll's <c>2025-03-14-name.md</c>).</summary>
    public bool DatedNames { get; init; } = true;
}
