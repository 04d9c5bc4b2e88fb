namespace Inkstone.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SmokeTests(SampleBlog blog)
{
    [Fact]
    public async Task The_index_opens()
    {
        await using var tab = await blog.OpenAsync("/");
        Assert.Contains("墨砚", await tab.Page.TitleAsync());
    }
}
