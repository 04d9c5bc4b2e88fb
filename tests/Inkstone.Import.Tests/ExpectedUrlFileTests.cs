namespace Inkstone.Import.Tests;

/// <summary>The committed URL lists are well formed; these run in the fast tier, without any engine.</summary>
public sealed class ExpectedUrlFileTests
{
    [Theory]
    [MemberData(nameof(ForeignSiteUrlTests.Engines), MemberType = typeof(ForeignSiteUrlTests))]
    public void Every_url_has_a_kind_and_appears_once(string engine)
    {
        var urls = new ImportFixture(engine).ReadExpectedUrls();

        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.StartsWith("/", u.Url));
        Assert.Empty(urls.GroupBy(u => u.Url).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Contains(urls, u => u.Kind == UrlKind.Page);
    }
}
