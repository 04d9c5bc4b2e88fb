using Inkstone.Configuration;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Content;

/// <summary>
/// Finds which posts and pages translate each other: <c>ppo.en.md</c> beside <c>ppo.md</c>, or the same
/// <c>translationKey</c> with different <c>lang</c>s, as Hugo reads them. A translation in another language than the
/// site's is published under that language's folder (<c>/en/posts/ppo/</c>), unless its front matter gives a permalink.
/// </summary>
internal static class TranslationLinker
{
    /// <summary>
    /// A post whose file name ends in a language (<c>ppo.en.md</c>, <c>swin/index.ja.md</c>): its language, its
    /// translation key (the name without it) and the slug its original has. Called before the post's URL is made.
    /// </summary>
    public static Post FromFileName(ISiteFileSystem files, string path, Post post, bool bundles, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || !LanguageCodes.LooksLikeCode(name[(dot + 1)..]))
        {
            return post;
        }

        var (stem, suffix, folder) = (name[..dot], name[(dot + 1)..], SitePath.Directory(path));
        var key = (folder.Length == 0 ? "" : folder + "/") + stem;
        if (LanguageCodes.Canonical(suffix) is not { } code)
        {
            if (files.FileExists(key + Path.GetExtension(path)))
            {
                diagnostics.Warning(DiagnosticIds.UnknownLanguage, SourceLocation.File(path),
                    $"'{suffix}' looks like the language of a translation of '{key + Path.GetExtension(path)}', but the theme has no interface strings for it; the file is published as a post of its own.",
                    $"Name the translation after one of: {string.Join(", ", LanguageCodes.Known)}.");
            }

            return post;
        }

        var bundle = bundles && stem.Equals("index", StringComparison.OrdinalIgnoreCase) && folder.Length > 0 ? folder : post.BundleDirectory;
        var slug = post.FrontMatter["slug"] is null ? PostReader.SlugOfName(bundle is not null ? Path.GetFileName(bundle) : stem) : post.Slug;
        return post with { Lang = post.Lang ?? code, TranslationKey = post.TranslationKey ?? key, Slug = slug, BundleDirectory = bundle };
    }

    /// <summary>Groups the translations, reports two of one language, and moves those in other languages under their folder.</summary>
    public static (List<Post> Posts, SiteTranslations Translations) Link(List<Post> posts, SiteConfig config, SiteLayout layout, DiagnosticBag diagnostics)
    {
        if (!posts.Any(p => p.TranslationKey is not null))
        {
            return (posts, SiteTranslations.None);
        }

        // The original of ppo.en.md is ppo.md, which says nothing of translations: it joins by its name.
        var keys = posts.Where(p => p.TranslationKey is not null).Select(p => p.TranslationKey!).ToHashSet(StringComparer.Ordinal);
        posts = posts.Select(p => p.TranslationKey is null && keys.Contains(NameKey(p)) ? p with { TranslationKey = NameKey(p) } : p).ToList();

        // A language the site's engine already publishes under a folder of its own (a Hugo site's) keeps the engine's addresses.
        var placed = layout.Languages.Select(t => LanguageCodes.Canonical(t.Code) ?? t.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var siteLanguage = LanguageCodes.Canonical(config.LanguageTag)!;
        var members = new List<Translation>();
        foreach (var post in posts.Where(p => p.TranslationKey is not null))
        {
            if ((LanguageCodes.Canonical(post.Lang ?? siteLanguage) ?? (placed.Contains(post.Lang!) ? post.Lang : null)) is { } code)
            {
                members.Add(new Translation(code, post));
                continue;
            }

            diagnostics.Warning(DiagnosticIds.UnknownLanguage, post.Locate("lang", "language"),
                $"The translation's language '{post.Lang}' is not one the theme has interface strings for; the post is published as one of its own.",
                $"Use one of: {string.Join(", ", LanguageCodes.Known)}.");
        }

        var groups = new List<List<Translation>>();
        foreach (var group in members.GroupBy(m => m.Post.TranslationKey!, StringComparer.Ordinal))
        {
            var kept = new List<Translation>();
            foreach (var language in group.GroupBy(m => m.Language, StringComparer.Ordinal))
            {
                var claims = language.OrderBy(m => m.Post.SourcePath, StringComparer.Ordinal).ToList();
                kept.Add(claims[0]);
                foreach (var other in claims.Skip(1))
                {
                    diagnostics.Error(DiagnosticIds.DuplicateTranslation, other.Post.Locate("translationKey", "translation_key", "lang", "language"),
                        $"'{other.Post.SourcePath}' and '{claims[0].Post.SourcePath}' are both the {language.Key} translation of '{group.Key}'.",
                        "Give one of them another 'lang', or another 'translationKey' if it translates a different post.");
                }
            }

            groups.Add([.. kept.OrderBy(t => t.Language == siteLanguage ? -1 : Order(t.Language))]);
        }

        var moved = new Dictionary<Post, Post>(ReferenceEqualityComparer.Instance);
        foreach (var translation in groups.SelectMany(g => g).Where(t => t.Language != siteLanguage && !placed.Contains(t.Language)))
        {
            var post = translation.Post;
            if (post.FrontMatter["permalink"] is null && post.FrontMatter["url"] is null)
            {
                moved[post] = post with { Url = LanguageCodes.Prefix(translation.Language) + post.Url.TrimStart('/') };
            }
        }

        Post Final(Post p) => moved.GetValueOrDefault(p) ?? p;
        var bySource = new Dictionary<string, IReadOnlyList<Translation>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var final = group.Select(t => t with { Post = Final(t.Post) }).ToList();
            foreach (var translation in final)
            {
                bySource[translation.Post.SourcePath] = final;
            }
        }

        var trees = groups.SelectMany(g => g).Select(t => t.Language).Where(l => l != siteLanguage && !placed.Contains(l))
            .Distinct(StringComparer.Ordinal).OrderBy(Order).Select(l => new LanguageTree(l, LanguageCodes.Prefix(l))).ToList();
        return (posts.Select(Final).ToList(), new SiteTranslations(trees, bySource));
    }

    /// <summary>Where a language stands in a switch: the known ones in their order, an engine's others after them.</summary>
    private static int Order(string language) => LanguageCodes.Known.ToList().IndexOf(language) is var i and >= 0 ? i : int.MaxValue;

    /// <summary>The key an untranslated-looking original answers to: its path without the extension.</summary>
    private static string NameKey(Post post) => post.SourcePath[..^Path.GetExtension(post.SourcePath).Length];
}
