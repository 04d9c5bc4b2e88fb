using Inkstone.Deploying;

namespace Inkstone.Tests.Deploying;

/// <summary>The headers an object gets and the order files are uploaded in.</summary>
public sealed class DeployRulesTests
{
    [Theory]
    [InlineData("assets/css/main.2176466c.css", CachePolicy.Immutable)]
    [InlineData("assets/js/search.0badf00d.js", CachePolicy.Immutable)]
    [InlineData("assets/css/main.css", CachePolicy.Hour)]
    [InlineData("posts/ppo/index.html", CachePolicy.Short)]
    [InlineData("atom.xml", CachePolicy.Short)]
    [InlineData("search/terms-3.json", CachePolicy.Short)]
    [InlineData("posts/ppo/figure.png", CachePolicy.Hour)]
    public void Fingerprinted_assets_are_kept_a_year_and_pages_five_minutes(string path, string cacheControl) =>
        Assert.Equal(cacheControl, CachePolicy.For(path));

    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("atom.xml", "application/xml; charset=utf-8")]
    [InlineData("feed.json", "application/json; charset=utf-8")]
    [InlineData("assets/fonts/latinmodern-math.woff2", "font/woff2")]
    [InlineData("favicon.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("CNAME", "text/plain; charset=utf-8")]
    [InlineData("data.unknown", "application/octet-stream")]
    public void Content_types_come_from_the_extension(string path, string type) => Assert.Equal(type, ContentTypes.For(path));

    [Fact]
    public void Assets_go_first_then_pages_then_the_home_page_then_feeds_and_the_sitemap()
    {
        string[] paths = ["sitemap.xml", "index.html", "posts/a/index.html", "atom.xml", "assets/css/main.1234abcd.css", "posts/a/fig.png", "robots.txt", "404.html", "search/meta.json"];

        var order = UploadOrder.Sort(paths.Select(p => new SiteFile(p, p, 0, ""))).Select(f => f.Path);

        Assert.Equal(["assets/css/main.1234abcd.css", "posts/a/fig.png", "search/meta.json", "posts/a/index.html", "404.html", "index.html", "atom.xml", "robots.txt", "sitemap.xml"], order);
    }

    [Fact]
    public void A_plan_uploads_what_is_new_or_different_and_deletes_what_is_gone()
    {
        var site = new[] { new SiteFile("a.html", "", 1, "aa"), new SiteFile("b.css", "", 1, "bb"), new SiteFile("c.png", "", 1, "cc") };
        var remote = new Dictionary<string, string?> { ["a.html"] = "AA", ["b.css"] = "00", ["gone.html"] = "dd", ["multipart.bin"] = null };

        var plan = DeployPlan.Between(site, remote);

        Assert.Equal(["b.css", "c.png"], plan.Uploads.Select(f => f.Path));
        Assert.Equal(["gone.html", "multipart.bin"], plan.Deletions);
        Assert.Equal(1, plan.Unchanged);
    }
}
