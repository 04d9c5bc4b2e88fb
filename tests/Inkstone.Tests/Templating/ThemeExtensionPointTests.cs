using Inkstone.Testing;

namespace Inkstone.Tests.Templating;

/// <summary>A site adds to every page through the theme's empty partials, and replaces one partial without copying the page.</summary>
public sealed class ThemeExtensionPointTests
{
    private const string Site = """
        -- inkstone.yml --
        title: T
        -- content/posts/p.md --
        ---
        title: P
        date: 2025-01-01
        ---
        Body.
        """;

    [Fact]
    public void Extend_head_adds_to_the_head_of_every_page()
    {
        var site = BuiltSite.Build(Site + "\n-- layouts/partials/extend_head.liquid --\n<meta name=\"site-verification\" content=\"{{ site.title }}\">").AssertSucceeded();
        Assert.Contains("<meta name=\"site-verification\" content=\"T\">\n</head>", site.File("posts/p/index.html"), StringComparison.Ordinal);
        Assert.Contains("<meta name=\"site-verification\" content=\"T\">\n</head>", site.File("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Extend_footer_adds_to_the_end_of_every_body()
    {
        var site = BuiltSite.Build(Site + "\n-- layouts/partials/extend_footer.liquid --\n<script src=\"/comments.js\" defer></script>").AssertSucceeded();
        Assert.Contains("<script src=\"/comments.js\" defer></script>\n</body>", site.File("posts/p/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_extensions_the_head_and_body_end_as_the_theme_writes_them()
    {
        var html = BuiltSite.Build(Site).AssertSucceeded().File("posts/p/index.html");
        Assert.Contains("</script>\n</head>", html, StringComparison.Ordinal);
        Assert.Contains(" defer></script>\n</body>\n</html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Overriding_the_footer_partial_replaces_only_the_footer()
    {
        var site = BuiltSite.Build(Site + "\n-- layouts/partials/footer.liquid --\n<footer class=\"mine\">{{ site.title }}</footer>").AssertSucceeded();
        var html = site.File("posts/p/index.html");
        Assert.Contains("<footer class=\"mine\">T</footer>\n</body>", html, StringComparison.Ordinal);
        Assert.Contains("<header class=\"site-header\">", html, StringComparison.Ordinal);
    }
}
