using System.Text.RegularExpressions;
using Inkstone.Testing;

namespace Inkstone.Tests.Templating;

/// <summary>Pages link the theme's stylesheets and scripts by names that carry a digest of their bytes, so they can be cached for good.</summary>
public sealed partial class AssetFingerprintTests
{
    private const string Site = """
        -- inkstone.yml --
        title: T
        base_url: https://example.org/blog/
        -- content/posts/p.md --
        ---
        title: P
        date: 2025-01-01
        ---
        Body.
        """;

    [Fact]
    public void Pages_link_fingerprinted_assets_that_the_build_writes_beside_the_plain_names()
    {
        var site = BuiltSite.Build(Site).AssertSucceeded();
        var html = Html.Parse(site.File("posts/p/index.html"));
        var main = html.One("link[rel=stylesheet][href*='/main.']").GetAttribute("href")!;

        Assert.Matches(FingerprintedMain(), main);
        Assert.Equal(site.Output.Files["assets/css/main.css"], site.Output.Files[main["/blog/".Length..]]);
        Assert.All(html.All("link[rel=stylesheet], script[src]"), e => Assert.True(site.Exists((e.GetAttribute("href") ?? e.GetAttribute("src"))!["/blog/".Length..])));
    }

    [Fact]
    public void A_sites_own_stylesheet_gets_a_fingerprint_of_its_own_bytes()
    {
        var theme = Html.Parse(BuiltSite.Build(Site).AssertSucceeded().File("index.html")).One("link[href*='/main.']").GetAttribute("href");
        var site = BuiltSite.Build(Site + "\n-- assets/css/main.css --\nbody { color: teal; }").AssertSucceeded();
        var own = Html.Parse(site.File("index.html")).One("link[href*='/main.']").GetAttribute("href")!;

        Assert.NotEqual(theme, own);
        Assert.Equal("body { color: teal; }\n", System.Text.Encoding.UTF8.GetString(site.Output.Files[own["/blog/".Length..]]));
    }

    [Fact]
    public void The_asset_url_filter_gives_a_template_the_fingerprinted_address()
    {
        var site = BuiltSite.Build(Site + "\n-- layouts/partials/extend_head.liquid --\n<link rel=\"preload\" href=\"{{ 'css/main.css' | asset_url }}\" as=\"style\">").AssertSucceeded();
        var preload = Html.Parse(site.File("index.html")).One("link[rel=preload]").GetAttribute("href")!;
        Assert.Matches(FingerprintedMain(), preload);
    }

    [GeneratedRegex(@"^/blog/assets/css/main\.[0-9a-f]{8}\.css$")]
    private static partial Regex FingerprintedMain();
}
