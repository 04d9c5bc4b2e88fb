using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

/// <summary>A post without a date takes its first commit's date, else its file's, and the writer is told which: never 1970-01-01.</summary>
public sealed class UndatedPostTests
{
    private const string Site = """
        -- inkstone.yml --
        title: 无日期
        -- content/posts/undated.md --
        ---
        title: 没有日期
        ---
        正文。
        """;

    private static BuiltSite Build(FileDate date)
    {
        var files = InlineSite.Parse(Site).Date("content/posts/undated.md", date);
        return BuiltSite.Build(files).AssertSucceeded();
    }

    [Fact]
    public void A_post_without_a_date_takes_the_date_of_its_first_commit_with_a_warning_saying_so()
    {
        var site = Build(new FileDate(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero), FileDateSource.FirstCommit));

        Assert.Equal("2024-05-06", Html.Parse(site.File("posts/undated/index.html")).One("article time.dt-published").Text());
        var warning = Assert.Single(site.Diagnostics, d => d.Id == DiagnosticIds.PostWithoutDate);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("content/posts/undated.md", warning.Location.Path);
        Assert.Contains("first commit", warning.Message);
        Assert.Contains("2024-05-06 07:08", warning.Message);
        Assert.Contains("date: ", warning.Hint);
    }

    [Fact]
    public void A_post_without_a_date_outside_git_takes_its_modification_time_with_a_warning_saying_so()
    {
        var site = Build(new FileDate(new DateTimeOffset(2023, 11, 2, 20, 0, 0, TimeSpan.Zero), FileDateSource.Modified));

        Assert.Equal("2023-11-02", Html.Parse(site.File("index.html")).One(".h-entry time.dt-published").Text());
        var warning = Assert.Single(site.Diagnostics, d => d.Id == DiagnosticIds.PostWithoutDate);
        Assert.Contains("modification time", warning.Message);
        Assert.DoesNotContain("commit", warning.Message);
    }

    [Fact]
    public void An_undated_post_never_shows_1970_on_its_page_in_lists_or_in_feeds()
    {
        var site = Build(new FileDate(new DateTimeOffset(2023, 11, 2, 20, 0, 0, TimeSpan.Zero), FileDateSource.Modified));

        foreach (var path in new[] { "posts/undated/index.html", "index.html", "archives/index.html", "atom.xml", "rss.xml", "feed.json", "sitemap.xml" })
        {
            Assert.DoesNotContain("1970", site.File(path));
        }
    }

    [Fact]
    public void A_post_with_a_date_is_not_warned_about_even_when_the_file_has_another()
    {
        var files = InlineSite.Parse(Site.Replace("title: 没有日期", "title: 有日期\ndate: 2025-01-02", StringComparison.Ordinal))
            .Date("content/posts/undated.md", new FileDate(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero), FileDateSource.FirstCommit));
        var site = BuiltSite.Build(files).AssertSucceeded();

        Assert.DoesNotContain(site.Diagnostics, d => d.Id == DiagnosticIds.PostWithoutDate);
        Assert.Equal("2025-01-02", Html.Parse(site.File("index.html")).One(".h-entry time.dt-published").Text());
    }
}
