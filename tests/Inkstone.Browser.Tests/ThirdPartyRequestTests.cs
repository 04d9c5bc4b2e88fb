using Xunit.Abstractions;

namespace Inkstone.Browser.Tests;

/// <summary>
/// Only a service the writer turned on may reach another host: the sample blog reaches none, and each comment
/// system and counter, served by its stub on a loopback port of its own, reaches its own host and no other. Every
/// request the pages make is recorded through the DevTools protocol Playwright drives Chromium with.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ThirdPartyRequestTests(SampleBlog blog, ProviderSites sites, ITestOutputHelper output) : IClassFixture<ProviderSites>
{
    private const string Post = "posts/long/";

    public static TheoryData<string> Comments() => new(ProviderSites.Comments);

    public static TheoryData<string> Counters() => new(ProviderSites.Counters);

    private Uri Stub(string provider) => sites.Stubs.Hosts[provider];

    private Task<BrowserTab> OpenAsync(string provider, string path, TabOptions? options = null) =>
        OpenAtAsync(new Uri(sites.Address, $"{provider}/{path}"), (options ?? TabOptions.Desktop) with { Providers = [Stub(provider)] });

    private async Task<BrowserTab> OpenAtAsync(Uri page, TabOptions options)
    {
        var tab = await BrowserTab.CreateAsync(blog.Browser, new Uri(page.GetLeftPart(UriPartial.Authority)), options);
        await tab.GoToAsync(page.ToString());
        return tab;
    }

    [Fact]
    public async Task The_sample_blog_reaches_no_host_but_its_own_even_at_the_end_of_a_post()
    {
        foreach (var path in new[] { "/", PostPageTests.Post, "/search/?q=堆" })
        {
            await using var tab = await blog.OpenAsync(path);
            await tab.Page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
            await tab.Page.WaitForTimeoutAsync(300);
            Assert.NotEmpty(tab.Requests);
            Assert.Empty(tab.RequestsElsewhere());
            Assert.Equal(0, await tab.Page.Locator("#comments").CountAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Comments))]
    public async Task A_comment_system_loads_only_when_the_reader_reaches_the_comments_and_then_only_from_its_own_host(string provider)
    {
        await using var tab = await OpenAsync(provider, Post);
        await tab.Page.WaitForTimeoutAsync(400);
        Assert.Empty(tab.RequestsTo(Stub(provider)));
        Assert.True(await tab.Page.Locator(".comments__load").IsVisibleAsync());

        await tab.Page.EvaluateAsync("() => document.getElementById('comments').scrollIntoView()");
        await tab.Page.Locator("#comments .stub-thread, #comments iframe").First.WaitForAsync();
        await WaitForAsync(() => tab.RequestsTo(Stub(provider)).Count > 0);

        Assert.Empty(tab.RequestsElsewhere(Stub(provider)));
        Assert.False(await tab.Page.Locator(".comments__load").IsVisibleAsync());
        output.WriteLine($"{provider}: {string.Join(", ", tab.RequestsTo(Stub(provider)))}");
    }

    [Theory]
    [MemberData(nameof(Comments))]
    public async Task The_load_button_loads_the_comments_without_scrolling(string provider)
    {
        await using var tab = await OpenAsync(provider, Post);
        Assert.Empty(tab.RequestsTo(Stub(provider)));

        // A script's click, so that the page does not scroll the button into view first.
        await tab.Page.EvaluateAsync("() => document.querySelector('.comments__load').click()");
        await WaitForAsync(() => tab.RequestsTo(Stub(provider)).Count > 0);

        Assert.Equal(0, await tab.Page.EvaluateAsync<int>("() => window.scrollY"));
        Assert.Empty(tab.RequestsElsewhere(Stub(provider)));
    }

    [Fact]
    public async Task Without_JavaScript_the_comments_say_they_need_it_and_nothing_is_requested_from_the_provider()
    {
        await using var tab = await BrowserTab.CreateAsync(blog.Browser, sites.Address, TabOptions.Desktop with { JavaScript = false, Providers = [Stub("waline")] });
        await tab.Page.GotoAsync(new Uri(sites.Address, "waline/" + Post).ToString());
        await tab.Page.EvaluateAsync("() => document.getElementById('comments').scrollIntoView()");
        await tab.Page.WaitForTimeoutAsync(300);
        var note = await tab.Page.Locator(".comments__note").TextContentAsync();
        Assert.Equal("评论由 Waline 提供，需要 JavaScript，而这个浏览器关闭了它。", note);
        Assert.False(await tab.Page.Locator(".comments__load").IsVisibleAsync());
        Assert.Empty(tab.RequestsTo(Stub("waline")));
    }

    [Theory]
    [MemberData(nameof(Counters))]
    public async Task A_counter_reaches_its_own_host_and_no_other(string provider)
    {
        await using var tab = await OpenAsync(provider, "");
        await WaitForAsync(() => tab.RequestsTo(Stub(provider)).Count >= 2);

        Assert.Empty(tab.RequestsElsewhere(Stub(provider)));
        output.WriteLine($"{provider}: {string.Join(", ", tab.RequestsTo(Stub(provider)))}");
    }

    [Theory]
    [InlineData("doNotTrack", "'1'")]
    [InlineData("globalPrivacyControl", "true")]
    public async Task A_browser_that_asks_not_to_be_tracked_loads_no_counter(string property, string value)
    {
        var tab = await BrowserTab.CreateAsync(blog.Browser, sites.Address, TabOptions.Desktop with { Providers = [Stub("umami")] });
        await using (tab)
        {
            await tab.Page.AddInitScriptAsync($"Object.defineProperty(Navigator.prototype, '{property}', {{ get: () => {value} }})");
            await tab.GoToAsync(new Uri(sites.Address, "umami/").ToString());
            await tab.Page.WaitForTimeoutAsync(500);
            Assert.Empty(tab.RequestsTo(Stub("umami")));
        }
    }

    [Fact]
    public async Task The_comments_follow_the_theme_switch_and_are_photographed_at_both_widths_in_both_themes()
    {
        foreach (var (device, size) in new[] { ("phone", TabOptions.Phone), ("desktop", TabOptions.Desktop) })
        {
            foreach (var dark in new[] { false, true })
            {
                await using var tab = await OpenAsync("giscus", Post, size with { Dark = dark });
                await tab.Page.EvaluateAsync("() => document.getElementById('comments').scrollIntoView()");
                var frame = tab.Page.FrameLocator("iframe.giscus-frame").Locator(".stub-thread");
                await frame.WaitForAsync();
                Assert.Equal(dark ? "dark" : "light", await tab.Page.Locator("#comments").GetAttributeAsync("data-comments-theme"));
                await tab.Page.WaitForTimeoutAsync(200);
                var file = blog.Screenshots.Write($"comments-{device}-{(dark ? "dark" : "light")}", await tab.Page.ScreenshotAsync());
                output.WriteLine(file);

                // The reader switches theme: the frame is told, and draws itself again.
                await tab.Page.Locator(".theme-toggle").ClickAsync();
                Assert.Equal(dark ? "light" : "dark", await tab.Page.Locator("#comments").GetAttributeAsync("data-comments-theme"));
                var background = dark ? "rgb(255, 255, 255)" : "rgb(28, 31, 37)";
                await WaitForAsync(async () => await frame.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor") == background);
            }
        }
    }

    private static Task WaitForAsync(Func<bool> condition) => WaitForAsync(() => Task.FromResult(condition()));

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 10 seconds.");
            await Task.Delay(50);
        }
    }
}
