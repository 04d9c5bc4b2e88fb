using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Limits;

/// <summary>Addresses and dates at the edges: two spellings of one URL, generated pages' URLs, the first day of year 1.</summary>
public sealed class UrlAndDateEdgeTests
{
    private const string Config = "-- inkstone.yml --\ntitle: 边缘\nbase_url: https://example.org/\n";

    private static string Post(string name, string frontMatter) =>
        $"-- content/posts/{name}.md --\n---\ntitle: {name}\ndate: 2025-01-01\n{frontMatter}\n---\n正文。\n";

    [Fact]
    public void Permalinks_that_differ_only_in_unicode_normalisation_are_one_url_and_an_error_naming_both()
    {
        var built = BuiltSite.Build(Config + Post("nfc", "permalink: /caf\u00e9/") + Post("nfd", "permalink: /cafe\u0301/"));

        var error = Assert.Single(built.Errors);
        Assert.Equal(DiagnosticIds.DuplicateUrl, error.Id);
        Assert.Contains("content/posts/nfc.md", error.Message);
        Assert.Contains("content/posts/nfd.md", error.Message);
    }

    [Theory]
    [InlineData("/index.html")]
    [InlineData("/404.html")]
    [InlineData("/search/")]
    [InlineData("/archives/")]
    [InlineData("/tags/x/")]
    public void A_post_that_claims_a_generated_pages_url_is_an_error_not_an_overwrite(string permalink)
    {
        var built = BuiltSite.Build(Config + Post("a", "tags: [x]") + Post("claim", $"permalink: {permalink}"));

        var error = Assert.Single(built.Errors);
        Assert.Equal(DiagnosticIds.ReservedUrl, error.Id);
        Assert.Equal("content/posts/claim.md:4:12", error.Location.ToString());
    }

    [Fact]
    public void The_first_instant_of_year_one_east_of_utc_is_a_date_error_at_its_line_not_an_internal_error()
    {
        var built = BuiltSite.Build(Config + "-- content/posts/old.md --\n---\ntitle: 古\ndate: 0001-01-01T00:00:00+14:00\n---\n正文。\n");

        var error = Assert.Single(built.Errors);
        Assert.Equal(DiagnosticIds.FrontMatterBadDate, error.Id);
        Assert.Equal("content/posts/old.md:3:7", error.Location.ToString());
    }

    [Fact]
    public void A_slug_longer_than_a_file_name_can_be_is_an_error_at_the_slug()
    {
        var built = BuiltSite.Build(Config + Post("long", "slug: " + new string('a', 300)));

        var error = Assert.Single(built.Errors);
        Assert.Equal(DiagnosticIds.OutputNotWritable, error.Id);
        Assert.Equal("content/posts/long.md:4:7", error.Location.ToString());
    }
}
