using System.Web;
using Microsoft.Playwright;

namespace Inkstone.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SearchTests(SampleBlog blog)
{
    private const string Knapsack = "0-1 背包：从二维表到一维滚动数组";

    /// <summary>Queries in Chinese, English and a mix of both, with the post that must come first.</summary>
    public static TheoryData<string, string> Queries => new()
    {
        { "背包", Knapsack },
        { "背包问", Knapsack },
        { "堆排序", "堆与堆排序：数组里的完全二叉树" },
        { "策略梯度", "策略梯度：从 REINFORCE 到基线与优势函数" },
        { "quicksel", "The k-th Largest Element: Quickselect or a Heap?" },
        { "softmax overflow", "Computing Softmax Without Overflow" },
        { "heapq", "最短路径三题：Dijkstra、Bellman-Ford 与 A*" },
        { "PPO clip", "GRPO 与 PPO：去掉价值网络之后发生了什么" },
        { "KL 散度", "KL 散度：方向、估计量与它在强化学习里的角色" },
        { "Transformer 窗口", "Swin Transformer：窗口注意力与移位窗口" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_search_page_puts_the_expected_post_first(string query, string expected)
    {
        await using var tab = await blog.OpenAsync("/search/");
        await tab.Page.FillAsync("#search-page-input", query);
        var titles = await WaitForResultsAsync(tab.Page, "#search-page-results", ".search-page__status");
        Assert.True(titles.Count > 0 && titles[0] == expected, $"'{query}' gave: {string.Join(" | ", titles)}");
        // The page keeps the query in its address, so the results can be shared and reloaded.
        Assert.Equal(query, HttpUtility.ParseQueryString(new Uri(tab.Page.Url).Query)["q"]);
    }

    [Fact]
    public async Task A_search_address_opens_with_its_results_and_marks_the_query()
    {
        await using var tab = await blog.OpenAsync("/search/?q=" + Uri.EscapeDataString("背包"));
        Assert.Equal("背包", await tab.Page.InputValueAsync("#search-page-input"));
        var titles = await WaitForResultsAsync(tab.Page, "#search-page-results", ".search-page__status");
        // The about page mentions the knapsack post too; the post itself comes first.
        Assert.Equal([Knapsack, "关于"], titles);
        Assert.Equal("找到 2 篇文章", await tab.Page.TextContentAsync(".search-page__status"));
        Assert.Equal("背包", await tab.Page.TextContentAsync("#search-page-results li:first-child .search-result__title mark"));
        Assert.Equal(["背包", "背包"], await tab.Page.Locator("#search-page-results .search-result__snippet mark:first-of-type").AllTextContentsAsync());
    }

    [Fact]
    public async Task A_query_with_no_answer_says_so()
    {
        await using var tab = await blog.OpenAsync("/search/?q=" + Uri.EscapeDataString("量子纠缠"));
        Assert.Empty(await WaitForResultsAsync(tab.Page, "#search-page-results", ".search-page__status"));
        Assert.Equal("没有与“量子纠缠”相关的文章。", await tab.Page.TextContentAsync(".search-page__status"));
    }

    [Fact]
    public async Task Ctrl_K_focuses_the_header_box_and_the_arrow_keys_and_Enter_open_a_result()
    {
        await using var tab = await blog.OpenAsync(PostPageTests.Post);
        var input = tab.Page.Locator("#site-search-input");
        await tab.Page.Keyboard.PressAsync("Control+K");
        Assert.True(await input.EvaluateAsync<bool>("i => document.activeElement === i"), "Ctrl+K did not focus the search box.");

        await tab.Page.Keyboard.TypeAsync("PPO");
        var titles = await WaitForResultsAsync(tab.Page, "#site-search-results", ".site-search__status");
        Assert.True(titles.Count >= 2, "PPO gave: " + string.Join(" | ", titles));
        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));

        await tab.Page.Keyboard.PressAsync("ArrowDown");
        await tab.Page.Keyboard.PressAsync("ArrowDown");
        var second = tab.Page.Locator("#site-search-results > li").Nth(1);
        Assert.Equal("true", await second.GetAttributeAsync("aria-selected"));
        Assert.Equal(await second.GetAttributeAsync("id"), await input.GetAttributeAsync("aria-activedescendant"));
        await tab.Page.Keyboard.PressAsync("ArrowUp");
        var first = tab.Page.Locator("#site-search-results > li").First;
        Assert.Equal("true", await first.GetAttributeAsync("aria-selected"));

        var href = await first.Locator("a").GetAttributeAsync("href");
        await tab.Page.Keyboard.PressAsync("Enter");
        await tab.Page.WaitForURLAsync("**" + href);
        Assert.Equal(titles[0], (await tab.Page.TextContentAsync("h1.post__title"))?.Trim());
    }

    [Fact]
    public async Task The_slash_key_focuses_the_header_box_and_Escape_closes_its_results()
    {
        await using var tab = await blog.OpenAsync("/");
        await tab.Page.Keyboard.PressAsync("/");
        await tab.Page.Keyboard.TypeAsync("背包");
        Assert.Equal("背包", await tab.Page.InputValueAsync("#site-search-input"));
        Assert.Equal(Knapsack, (await WaitForResultsAsync(tab.Page, "#site-search-results", ".site-search__status"))[0]);
        await tab.Page.Keyboard.PressAsync("Escape");
        Assert.True(await tab.Page.Locator(".site-search__panel").IsHiddenAsync());
        Assert.Equal("false", await tab.Page.GetAttributeAsync("#site-search-input", "aria-expanded"));
    }

    /// <summary>Waits until the status says the search finished, then returns the result titles in order.</summary>
    public static async Task<IReadOnlyList<string>> WaitForResultsAsync(IPage page, string list, string status)
    {
        await page.WaitForFunctionAsync(
            "([list, status]) => { const s = document.querySelector(status).textContent; return /^(找到|没有)/.test(s) && (s.startsWith('没有') || document.querySelector(list).children.length > 0); }",
            new[] { list, status },
            new PageWaitForFunctionOptions { Timeout = 10_000 });
        return await page.Locator(list + " .search-result__title").AllTextContentsAsync();
    }
}
