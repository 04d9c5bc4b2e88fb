using System.Xml.Linq;
using Inkstone.Diagnostics;
using Inkstone.Feeds;
using Inkstone.Testing;

namespace Inkstone.Tests.Feeds;

/// <summary><c>china: { baidu_sitemap: true }</c> writes /baidusitemap.xml for Baidu's webmaster tools, and robots.txt names it.</summary>
public sealed class BaiduSitemapTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static BuiltSite Build(string china, string slug = "heap-sort") => BuiltSite.Build($"""
        -- inkstone.yml --
        title: Blog
        base_url: https://example.org/
        {china}
        -- content/posts/heap.md --
        ---
        title: 堆排序
        slug: {slug}
        date: 2025-03-01
        ---
        建堆。
        -- content/about.md --
        ---
        title: About
        ---
        Me.
        """);

    private static List<string> Locs(string xml) => XDocument.Parse(xml).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();

    [Fact]
    public void It_is_off_by_default()
    {
        var site = Build("").AssertSucceeded();
        Assert.False(site.Exists("baidusitemap.xml"));
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n", site.File("robots.txt"));
    }

    [Fact]
    public void Turned_on_it_lists_what_the_sitemap_lists_in_the_sitemaps_org_form_and_robots_txt_names_both()
    {
        var site = Build("china: { baidu_sitemap: true }").AssertSucceeded();
        var baidu = site.File("baidusitemap.xml");
        Assert.Equal(Locs(site.File("sitemap.xml")), Locs(baidu));
        Assert.Contains("https://example.org/posts/heap-sort/", Locs(baidu));
        Assert.Equal("urlset", XDocument.Parse(baidu).Root!.Name.LocalName);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", baidu, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\nSitemap: https://example.org/baidusitemap.xml\n", site.File("robots.txt"));
    }

    [Fact]
    public void Its_limits_are_Baidus_fifty_thousand_addresses_and_ten_megabytes()
    {
        Assert.Equal((50_000, 10_485_760L), (SitemapLimits.Baidu.Urls, SitemapLimits.Baidu.Bytes));
    }

    [Fact]
    public void An_address_over_256_bytes_is_left_out_of_Baidus_sitemap_with_a_warning_at_its_post()
    {
        var slug = string.Concat(Enumerable.Repeat("强化学习", 8));
        var site = Build("china: { baidu_sitemap: true }", slug).AssertSucceeded();
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal((DiagnosticIds.BaiduUrlTooLong, Severity.Warning, "content/posts/heap.md"), (warning.Id, warning.Severity, warning.Location.Path));
        Assert.EndsWith("is 315 bytes once percent-encoded, over the 256 Baidu's sitemap takes; it is left out of baidusitemap.xml.", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Locs(site.File("baidusitemap.xml")), l => l.Contains("强化学习", StringComparison.Ordinal));
        Assert.Contains(Locs(site.File("sitemap.xml")), l => l.Contains("强化学习", StringComparison.Ordinal));
    }
}
