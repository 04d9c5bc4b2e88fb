using System.Text;
using Inkstone.Configuration;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Content;

/// <summary>
/// Finds and reads every post and page of the site's content folders in parallel, gives each the URL its
/// site's engine would, leaves out drafts and future posts unless asked for, reports URLs claimed by two
/// files, and lists the files published beside them (bundles, asset folders, static folders).
/// </summary>
internal static class ContentLoader
{
    /// <param name="words">The theme's words that notebooks' folded cells show.</param>
    /// <param name="readings">What a live site's last build read of each file, to read again only what changed; null reads every file.</param>
    public static SiteContent Load(ISiteFileSystem files, SiteConfig config, SiteLayout layout, ContentSelection selection, InterfaceLanguages words, DiagnosticBag diagnostics, PostReadings? readings = null)
    {
        // Each folder listed once: Inkstone's own layout reads content/ for posts and again for the files beside them,
        // and listing 10,000 files was a tenth of a live rebuild.
        var listings = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        IReadOnlyList<string> Listing(string directory) =>
            listings.TryGetValue(directory, out var listed) ? listed : listings[directory] = files.EnumerateFiles(directory);

        var sources = Sources(Listing, layout);
        var read = new Post?[sources.Count];
        readings?.BeginBuild();
        Parallel.For(0, sources.Count, i =>
        {
            var (path, root) = sources[i];
            read[i] = SourceFileFailure.Naming(path, () => Read(files, path, root, config, words, diagnostics, readings));
        });
        readings?.EndBuild();

        var published = read.OfType<Post>()
            .Where(p => selection.Drafts || !p.Draft)
            .Where(p => selection.Future || p.Kind == PostKind.Page || p.Date <= selection.Now || p.DateFrom is not null) // a file's history is never in the future
            .ToList();

        (published, var translations) = TranslationLinker.Link(published, config, layout, diagnostics);
        ReportDuplicateUrls(published, diagnostics);
        ReportUndated(published, config.TimeZone, diagnostics);

        var posts = published.Where(p => p.Kind == PostKind.Post)
            .OrderByDescending(p => p.Date)
            .ThenBy(p => p.SourcePath, StringComparer.Ordinal)
            .ToList();
        var pages = published.Where(p => p.Kind == PostKind.Page).OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();

        var pageSources = read.OfType<Post>().Select(p => p.SourcePath).ToHashSet(StringComparer.Ordinal);
        return new SiteContent(posts, pages, BundleFiles(files, published), StaticFiles(Listing, layout, pageSources, read.OfType<Post>()),
            Data.SiteDataReader.Read(files, layout.DataFolder, diagnostics))
        { Translations = translations };
    }

    /// <summary>Each source file with the first root that claims it.</summary>
    private static List<(string Path, ContentRoot Root)> Sources(Func<string, IReadOnlyList<string>> listing, SiteLayout layout)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<(string, ContentRoot)>();
        foreach (var root in layout.ContentRoots)
        {
            foreach (var file in listing(root.Directory))
            {
                if ((IsMarkdown(file) || (root.Notebooks && Notebooks.NotebookReader.IsNotebook(file)) || (root.HtmlPages && IsHtml(file))) && root.Includes(file) && claimed.Add(file))
                {
                    sources.Add((file, root));
                }
            }
        }

        return sources;
    }

    private static Post? Read(ISiteFileSystem files, string path, ContentRoot root, SiteConfig config, InterfaceLanguages words, DiagnosticBag diagnostics, PostReadings? readings = null)
    {
        var post = readings is null
            ? ReadSource(path, files.ReadAllBytes(path), root, config, words, diagnostics)
            : readings.Read(files, path, ReadingSettings.Of(root, config), diagnostics, (bytes, reported) => ReadSource(path, bytes, root, config, words, reported));
        return post is null ? null : Complete(files, path, post, root, diagnostics);
    }

    /// <summary>The post as its bytes alone make it: null for a file that is no post (not UTF-8, or a static file among posts).</summary>
    private static Post? ReadSource(string path, byte[] bytes, ContentRoot root, SiteConfig config, InterfaceLanguages words, DiagnosticBag diagnostics) =>
        Notebooks.NotebookReader.IsNotebook(path) ? Notebooks.NotebookReader.Read(path, bytes, root.Kind, config, words, diagnostics, root.Bundles, root.DatedNames)
        : root.NeedsFrontMatter && !StartsWithFrontMatter(bytes)
            ? null // a static file (Jekyll copies such files as they are)
            : PostReader.Read(path, bytes, root.Kind, config, diagnostics, root.Bundles, root.DatedNames);

    /// <summary>What <see cref="PostReader"/> read, completed with what its root and the files around it say: title, draft, language, categories, asset folder, date, URL.</summary>
    private static Post Complete(ISiteFileSystem files, string path, Post post, ContentRoot root, DiagnosticBag diagnostics)
    {
        if (root.Titles?.GetValueOrDefault(path) is { } title)
        {
            post = post with { Title = title };
        }

        if (root.Drafts || !root.ReadsDraftFlag)
        {
            post = post with { Draft = root.Drafts };
        }

        if (root.LanguageOf?.Invoke(path) is { } language)
        {
            // Hugo's post.en.md translates post.md, as TranslationLinker reads Inkstone's own.
            var name = Path.GetFileNameWithoutExtension(path);
            var key = name.EndsWith("." + language, StringComparison.OrdinalIgnoreCase) ? path[..(path.Length - Path.GetExtension(path).Length - language.Length - 1)] : null;
            post = post with { Lang = language, TranslationKey = post.TranslationKey ?? key };
        }
        else if (root.LanguageOf is null)
        {
            post = TranslationLinker.FromFileName(files, path, post, root.Bundles, diagnostics);
        }

        if (root.Categories is { } categoriesOf)
        {
            post = post with { Categories = categoriesOf(post, path[(root.Directory.Length == 0 ? 0 : root.Directory.Length + 1)..]) };
        }

        if (root.AssetFolders && post.BundleDirectory is null)
        {
            var folder = path[..^Path.GetExtension(path).Length];
            if (files.DirectoryExists(folder))
            {
                post = post with { BundleDirectory = folder };
            }
        }

        if (post.Undated)
        {
            post = Dated(files, post);
        }

        var relative = root.Directory.Length == 0 ? path : path[(root.Directory.Length + 1)..];

        // A permalink that was refused (reported) falls back to Inkstone's own address, so the post is not lost.
        var url = root.Urls.Url(post, relative, diagnostics) ?? (root.Kind == PostKind.Post ? $"/posts/{post.Slug}/" : $"/{post.Slug}/");

        // A page with only a 'type' (NexT's tags/index.md, "type: tags") is a placeholder for its theme's list, not an empty post.
        if (post.BodyIsBlank && post.FrontMatter["type"] is null && !diagnostics.HasErrorsIn(path))
        {
            diagnostics.Warning(DiagnosticIds.EmptyPost, SourceLocation.File(path), "The post has no content below its front matter.",
                "Write the post, or mark it 'draft: true' until it is ready.");
        }

        return post with { Url = url.Normalize(NormalizationForm.FormC) };
    }

    /// <summary>A post without a date takes its first commit's, else its file's: never 1970-01-01.</summary>
    private static Post Dated(ISiteFileSystem files, Post post) =>
        files.FirstSeen(post.SourcePath) is { } seen ? post with { Date = seen.When, DateFrom = seen.Source } : post;

    /// <summary>Tells the writer where each published post without a date took one from.</summary>
    private static void ReportUndated(IEnumerable<Post> published, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        // A date that is there but unreadable, or front matter that could not be read, is reported already.
        foreach (var post in published.Where(p => p.Kind == PostKind.Post && p.DateFrom is not null && p.FrontMatter["date"] is null && !diagnostics.HasErrorsIn(p.SourcePath)))
        {
            var from = post.DateFrom == FileDateSource.FirstCommit ? "the date of its first commit" : "its file's modification time";
            diagnostics.Warning(DiagnosticIds.PostWithoutDate, post.Locate("date"),
                $"The post has no date, so it takes {from}: {TimeZoneInfo.ConvertTime(post.Date, zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)}.",
                "Give it one in its front matter (date: 2025-03-14) so that it stays put.");
        }
    }

    private static bool StartsWithFrontMatter(byte[] bytes)
    {
        var start = bytes.AsSpan();
        if (start.StartsWith("\uFEFF"u8))
        {
            start = start[3..];
        }

        return start.StartsWith("---"u8) || start.StartsWith("+++"u8);
    }

    /// <summary>Files published under a post's URL: its bundle's (not a deeper bundle's, not its Markdown) or its asset folder's.</summary>
    private static List<string> BundleFiles(ISiteFileSystem files, IReadOnlyList<Post> posts)
    {
        var bundles = posts.Where(p => p.BundleDirectory is not null).Select(p => p.BundleDirectory!).ToHashSet(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var bundle in bundles.Order(StringComparer.Ordinal))
        {
            foreach (var file in files.EnumerateFiles(bundle))
            {
                if (!IsMarkdown(file) && !Notebooks.NotebookReader.IsNotebook(file) && OwningBundle(file, bundles) == bundle)
                {
                    result.Add(file);
                }
            }
        }

        return result;
    }

    /// <summary>The innermost bundle a file is in.</summary>
    public static string? OwningBundle(string file, IReadOnlySet<string> bundles)
    {
        for (var dir = SitePath.Directory(file); dir.Length > 0; dir = SitePath.Directory(dir))
        {
            if (bundles.Contains(dir))
            {
                return dir;
            }
        }

        return null;
    }

    /// <summary>Files of the static folders by output path; a page's source and a bundle's files are not static.</summary>
    private static Dictionary<string, string> StaticFiles(Func<string, IReadOnlyList<string>> listing, SiteLayout layout, HashSet<string> pageSources, IEnumerable<Post> read)
    {
        var bundles = read.Where(p => p.BundleDirectory is not null).Select(p => p.BundleDirectory!).ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in layout.StaticRoots)
        {
            foreach (var file in listing(root.Directory))
            {
                if (!pageSources.Contains(file) && root.Includes(file) && OwningBundle(file, bundles) is null)
                {
                    result.TryAdd(root.OutputPath(file), file);
                }
            }
        }

        return result;
    }

    public static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    private static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static void ReportDuplicateUrls(IReadOnlyList<Post> posts, DiagnosticBag diagnostics)
    {
        foreach (var group in posts.GroupBy(p => p.Url, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var sources = group.OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
            foreach (var post in sources.Skip(1))
            {
                diagnostics.Error(DiagnosticIds.DuplicateUrl, post.Locate("permalink", "url", "slug"),
                    $"'{post.SourcePath}' and '{sources[0].SourcePath}' both want the URL {group.Key}.",
                    "Give one of them a different 'slug' in its front matter.");
            }
        }
    }

    /// <summary>What <see cref="PostReader"/> reads besides the file: a reading made under other settings is not reused.</summary>
    private sealed record ReadingSettings(PostKind Kind, bool NeedsFrontMatter, bool Bundles, bool DatedNames, TimeZoneInfo TimeZone, bool MetaLines)
    {
        public static ReadingSettings Of(ContentRoot root, SiteConfig config) =>
            new(root.Kind, root.NeedsFrontMatter, root.Bundles, root.DatedNames, config.TimeZone, config.Markdown.Has(PythonMarkdownExtensions.Meta));
    }
}
