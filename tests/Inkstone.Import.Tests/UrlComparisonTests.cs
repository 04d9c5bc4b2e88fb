namespace Inkstone.Import.Tests;

public sealed class UrlComparisonTests
{
    private static readonly ExpectedUrl[] Expected =
    [
        new(UrlKind.Post, "/算法/2025/02/10/背包问题/"),
        new(UrlKind.Page, "/about/"),
        new(UrlKind.List, "/tags/c/"),
        new(UrlKind.Redirect, "/bs/"),
        new(UrlKind.Feed, "/feed.xml"),
        new(UrlKind.Extra, "/redirects.json"),
    ];

    [Fact]
    public void Every_required_url_written_means_nothing_missing_even_without_the_extras()
    {
        var comparison = UrlComparison.Of(Expected, ["/算法/2025/02/10/背包问题/", "/about/", "/tags/c/", "/bs/", "/feed.xml", "/search/"]);

        Assert.Empty(comparison.Missing);
        Assert.Equal(["/search/"], comparison.Extra);
        Assert.Equal("post 1 of 1, page 1 of 1, list 1 of 1, redirect 1 of 1, feed 1 of 1, extra 0 of 1 (not required)", comparison.Tally());
    }

    [Fact]
    public void Report_lists_each_missing_url_with_its_kind_and_the_builds_errors()
    {
        var comparison = UrlComparison.Of(Expected, ["/about/"]);

        var report = comparison.Report("sites/import/jekyll", "jekyll 4.3.1", new CommandRun(1, "", "inkstone.yml: error INK0101: no inkstone.yml\n"));

        Assert.StartsWith("Inkstone does not write 4 of the 5 URLs that jekyll 4.3.1 writes for sites/import/jekyll.", report);
        Assert.Contains("  post     /算法/2025/02/10/背包问题/\n", report);
        Assert.Contains("  redirect /bs/\n", report);
        Assert.DoesNotContain("/redirects.json", report);
        Assert.Contains("  | inkstone.yml: error INK0101: no inkstone.yml", report);
    }
}
