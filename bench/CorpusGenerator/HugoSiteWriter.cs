namespace Inkstone.CorpusGenerator;

/// <summary>
/// Lays the same posts out as a Hugo site with small layouts that produce a page set comparable to Inkstone's:
/// paginated home, post pages with prev/next, category and tag pages, RSS and a sitemap.
/// </summary>
internal sealed class HugoSiteWriter(string root)
{
    // Hugo 0.111 (Debian bookworm) reads `paginate`; 0.128 and later read [pagination]. Each ignores the other's key.
    private const string Config = """
        baseURL = "https://example.org/"
        languageCode = "zh-CN"
        title = "墨砚 · 基准语料"
        hasCJKLanguage = true
        summaryLength = 70
        paginate = 10

        [pagination]
          pagerSize = 10

        [taxonomies]
          category = "categories"
          tag = "tags"

        [markup.highlight]
          noClasses = false

        """;

    public void Write(IReadOnlyList<SyntheticPost> posts)
    {
        var postsDirectory = Path.Combine(root, "content", "posts");
        SiteFiles.ResetDirectory(postsDirectory);
        SiteFiles.WriteText(Path.Combine(root, "hugo.toml"), Config);
        foreach (var (name, text) in HugoLayouts.Files)
        {
            SiteFiles.WriteText(Path.Combine(root, "layouts", name), text);
        }

        foreach (var post in posts)
        {
            SiteFiles.WriteText(Path.Combine(postsDirectory, post.FileName), FrontMatter.Render(post) + post.Body);
        }
    }
}
