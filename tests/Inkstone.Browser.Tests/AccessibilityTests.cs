namespace Inkstone.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AccessibilityTests(SampleBlog blog)
{
    public static TheoryData<string, bool> Pages
    {
        get
        {
            var pages = new TheoryData<string, bool>();
            // Besides the four pages the issue names: highlighted lines and a formula wider than the column
            // (policy gradient), a task list and an algorithm from a pseudocode fence (binary search), a notebook's cells and
            // outputs (attention scaling), and citations, sidenotes and marginal notes (attention lineage, shortest paths).
            foreach (var path in new[] { "/", PostPageTests.Post, "/categories/algorithm/", "/search/?q=背包", "/posts/policy-gradient/", "/posts/binary-search/", "/posts/attention-scaling/", "/posts/attention-lineage/", "/posts/shortest-paths/" })
            {
                pages.Add(path, false);
                pages.Add(path, true);
            }

            return pages;
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_serious_or_critical_violations(string path, bool dark)
    {
        await using var tab = await blog.OpenAsync(path, new TabOptions { Dark = dark });
        if (path.StartsWith("/search/", StringComparison.Ordinal))
        {
            await SearchTests.WaitForResultsAsync(tab.Page, "#search-page-results", ".search-page__status");
        }

        Assert.Equal(dark ? "dark" : null, await tab.Page.GetAttributeAsync("html", "data-theme"));
        var violations = await AxeAudit.SeriousViolationsAsync(tab, blog.AxeScript);
        Assert.True(violations.Count == 0, $"axe on {path} ({(dark ? "dark" : "light")}):\n" + string.Join("\n", violations));
    }
}
