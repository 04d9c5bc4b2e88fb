using System.Text.RegularExpressions;
using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

public sealed partial class ArchiveSplitTests
{
    /// <summary>Posts one a month, the newest first in the file list: 2025-07 back to 2024-01 for eighteen posts.</summary>
    private static string Site(int posts, string settings = "") => $"""
        -- inkstone.yml --
        title: Blog
        base_url: https://example.org/
        language: en
        {settings}

        """ + string.Concat(Enumerable.Range(0, posts).Select(i => $"""
        -- content/posts/p{i:00}.md --
        ---
        title: Post {i}
        date: {2024 + (i / 12)}-{(i % 12) + 1:00}-15
        ---
        Body {i}.

        """));

    [GeneratedRegex("<a class=\"p-name u-url\" href=\"[^\"]*\">([^<]*)</a>")]
    private static partial Regex ListedTitle();

    private static List<string> Listed(BuiltSite site, string path) =>
        [.. ListedTitle().Matches(site.File(path)).Select(m => m.Groups[1].Value)];

    [Fact]
    public void An_archive_of_no_more_posts_than_a_page_holds_lists_every_post_on_one_page()
    {
        var site = BuiltSite.Build(Site(18)).AssertSucceeded();

        Assert.Equal(Enumerable.Range(0, 18).Reverse().Select(i => $"Post {i}"), Listed(site, "archives/index.html"));
        Assert.False(site.Exists("archives/2024/index.html"));
    }

    [Fact]
    public void A_larger_archive_lists_the_years_and_gives_each_year_its_own_pages_of_per_page_posts()
    {
        var site = BuiltSite.Build(Site(18, "archive: { per_page: 5 }")).AssertSucceeded();

        var index = site.File("archives/index.html");
        Assert.Empty(Listed(site, "archives/index.html"));
        Assert.Contains("<a href=\"/archives/2025/\">2025 <span class=\"term-count\">6</span></a>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/archives/2024/\">2024 <span class=\"term-count\">12</span></a>", index, StringComparison.Ordinal);

        Assert.Equal(["Post 17", "Post 16", "Post 15", "Post 14", "Post 13"], Listed(site, "archives/2025/index.html"));
        Assert.Equal(["Post 12"], Listed(site, "archives/2025/page/2/index.html"));
        Assert.Equal(["Post 11", "Post 10", "Post 9", "Post 8", "Post 7"], Listed(site, "archives/2024/index.html"));
        Assert.Equal(["Post 6", "Post 5", "Post 4", "Post 3", "Post 2"], Listed(site, "archives/2024/page/2/index.html"));
        Assert.Equal(["Post 1", "Post 0"], Listed(site, "archives/2024/page/3/index.html"));
        Assert.False(site.Exists("archives/2024/page/4/index.html"));
    }

    [Fact]
    public void A_year_page_links_to_the_newer_and_older_pages_of_its_year_and_marks_its_year()
    {
        var site = BuiltSite.Build(Site(18, "archive: { per_page: 5 }")).AssertSucceeded();

        var middle = site.File("archives/2024/page/2/index.html");
        Assert.Contains("rel=\"prev\" href=\"/archives/2024/\"", middle, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\" href=\"/archives/2024/page/3/\"", middle, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/archives/2024/\" aria-current=\"page\">2024", middle, StringComparison.Ordinal);
        Assert.Contains("<title>Archives · 2024 · 2/3", middle, StringComparison.Ordinal);
        var first = site.File("archives/2025/index.html");
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\" href=\"/archives/2025/page/2/\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", site.File("archives/2025/page/2/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sitemap_lists_the_first_page_of_each_year_of_a_split_archive()
    {
        var site = BuiltSite.Build(Site(18, "archive: { per_page: 5 }")).AssertSucceeded();

        var sitemap = site.File("sitemap.xml");
        Assert.Contains("<loc>https://example.org/archives/2024/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/archives/2025/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/archives/2024/page/", sitemap, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("archive: { per_page: 0 }", 4, 22)]
    [InlineData("archive: { per_page: lots }", 4, 22)]
    [InlineData("archive:\n  per_page: 1.5", 5, 13)]
    [InlineData("archive: 1000", 4, 10)]
    public void An_archive_per_page_that_is_not_a_positive_whole_number_is_an_error_at_its_line_and_column(string settings, int line, int column)
    {
        var site = BuiltSite.Build(Site(2, settings));

        var problem = Assert.Single(site.Errors);
        Assert.Equal((DiagnosticIds.ConfigInvalidValue, "inkstone.yml", line, column), (problem.Id, problem.Location.Path, problem.Location.Line, problem.Location.Column));
        Assert.Contains("archive", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_under_archive_is_a_warning_at_its_line()
    {
        var site = BuiltSite.Build(Site(2, "archive:\n  per_page: 5\n  perpage: 6"));

        var problem = Assert.Single(site.Diagnostics);
        Assert.Equal((DiagnosticIds.ConfigInvalidValue, Severity.Warning, 6), (problem.Id, problem.Severity, problem.Location.Line));
    }
}
