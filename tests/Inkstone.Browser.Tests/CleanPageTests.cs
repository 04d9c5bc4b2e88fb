using System.Xml.Linq;

namespace Inkstone.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class CleanPageTests(SampleBlog blog)
{
    /// <summary>Every page in the sitemap, in one tab: no console error, no uncaught exception, no request to another host.</summary>
    [Fact]
    public async Task Every_page_loads_without_console_errors_or_requests_to_other_hosts()
    {
        await using var tab = await blog.OpenAsync("/");
        var sitemap = await tab.Page.APIRequest.GetAsync("/sitemap.xml");
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var pages = XDocument.Parse(await sitemap.TextAsync()).Descendants(ns + "loc").Select(l => new Uri(l.Value)).ToList();
        Assert.True(pages.Count > 30, $"The sitemap lists only {pages.Count} pages.");
        var requests = 0;
        tab.Page.Request += (_, _) => requests++;
        foreach (var page in pages)
        {
            Assert.Equal(blog.Address.Authority, page.Authority);
            await tab.GoToAsync(page.PathAndQuery);
        }

        Assert.True(requests > pages.Count, "The pages loaded no assets.");
        Assert.Empty(tab.Problems);
    }
}
