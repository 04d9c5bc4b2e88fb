using System.Xml.Linq;
using Inkstone.Building;
using Inkstone.Feeds;
using Inkstone.Testing;

namespace Inkstone.Tests.Feeds;

public sealed class SitemapSplitTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static string Site(int posts) => """
        -- inkstone.yml --
        title: Blog
        base_url: https://example.org/blog/

        """ + string.Concat(Enumerable.Range(1, posts).Select(i => $"""
        -- content/posts/p{i:00}.md --
        ---
        title: Post {i}
        date: 2025-01-{i:00}
        tags: [t{i % 2}]
        ---
        Body {i}.

        """));

    private static BuiltSite Build(int posts, SitemapLimits? limits = null) =>
        BuiltSite.Build(Site(posts), new BuildOptions { SitemapLimits = limits }).AssertSucceeded();

    private static List<string> Locs(string xml, string element) =>
        XDocument.Parse(xml).Root!.Elements(Ns + element).Select(u => u.Element(Ns + "loc")!.Value).ToList();

    [Fact]
    public void The_limits_are_those_of_the_sitemap_protocol()
    {
        Assert.Equal(50_000, SitemapLimits.SitemapsOrg.Urls);
        Assert.Equal(50L * 1024 * 1024, SitemapLimits.SitemapsOrg.Bytes);
    }

    [Fact]
    public void A_site_within_the_limits_has_one_sitemap_and_no_index()
    {
        var site = Build(6);

        Assert.Equal("urlset", XDocument.Parse(site.File("sitemap.xml")).Root!.Name.LocalName);
        Assert.False(site.Exists("sitemap-1.xml"));
    }

    [Fact]
    public void A_site_over_the_url_limit_gets_a_sitemap_index_of_numbered_sitemaps_under_the_base_url()
    {
        var whole = Locs(Build(6).File("sitemap.xml"), "url");
        var site = Build(6, new SitemapLimits(Urls: 4, Bytes: SitemapLimits.SitemapsOrg.Bytes));

        var index = XDocument.Parse(site.File("sitemap.xml")).Root!;
        Assert.Equal(Ns + "sitemapindex", index.Name);
        var parts = Locs(site.File("sitemap.xml"), "sitemap");
        var expected = Enumerable.Range(1, (whole.Count + 3) / 4).Select(i => $"https://example.org/blog/sitemap-{i}.xml").ToList();
        Assert.Equal(expected, parts);
        var split = parts.Select(p => Locs(site.File(p["https://example.org/blog/".Length..]), "url")).ToList();
        Assert.All(split, part => Assert.InRange(part.Count, 1, 4));
        Assert.Equal(whole, split.SelectMany(p => p));
        Assert.False(site.Exists($"sitemap-{parts.Count + 1}.xml"));
        Assert.Contains("Sitemap: https://example.org/blog/sitemap.xml\n", site.File("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sitemap_over_the_byte_limit_is_cut_again_until_every_file_fits()
    {
        var whole = Locs(Build(6).File("sitemap.xml"), "url");
        var site = Build(6, new SitemapLimits(Urls: 50_000, Bytes: 600));

        var parts = Locs(site.File("sitemap.xml"), "sitemap");
        Assert.True(parts.Count > 1, "The sitemap was not split.");
        var files = parts.Select(p => site.File(p["https://example.org/blog/".Length..])).ToList();
        Assert.All(files, xml => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(xml), 1, 600));
        Assert.Equal(whole, files.SelectMany(xml => Locs(xml, "url")));
    }

    [Fact]
    public void A_site_exactly_at_the_url_limit_keeps_one_sitemap()
    {
        var count = Locs(Build(3).File("sitemap.xml"), "url").Count;
        var site = Build(3, new SitemapLimits(Urls: count, Bytes: SitemapLimits.SitemapsOrg.Bytes));

        Assert.Equal(count, Locs(site.File("sitemap.xml"), "url").Count);
        Assert.False(site.Exists("sitemap-1.xml"));
    }
}
