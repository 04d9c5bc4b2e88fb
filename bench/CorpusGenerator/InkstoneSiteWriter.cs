namespace Inkstone.CorpusGenerator;

/// <summary>Lays the posts out as an Inkstone site: <c>inkstone.yml</c> plus <c>content/posts/NNNN-slug.md</c>.</summary>
internal sealed class InkstoneSiteWriter(string root)
{
    private const string Config = """
        title: 墨砚 · 基准语料
        description: A synthetic corpus for comparing build times.
        base_url: https://example.org/
        language: zh-CN
        author: Inkstone Bench
        posts_per_page: 10
        excerpt_length: 140
        timezone: Asia/Shanghai
        math:
          macros:
            "\\E": "\\mathbb{E}"
            "\\R": "\\mathbb{R}"
        # Hugo draws no preview images, so the comparison leaves Inkstone's off; bench/README.md gives their cost apart.
        social_cards: false

        """;

    public void Write(IReadOnlyList<SyntheticPost> posts)
    {
        var postsDirectory = Path.Combine(root, "content", "posts");
        SiteFiles.ResetDirectory(postsDirectory);
        SiteFiles.WriteText(Path.Combine(root, "inkstone.yml"), Config);
        foreach (var post in posts)
        {
            SiteFiles.WriteText(Path.Combine(postsDirectory, post.FileName), FrontMatter.Render(post) + post.Body);
        }
    }
}
