using System.Text.Json;
using System.Xml.Linq;
using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Feeds;

public sealed class FeedEntriesTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static string Site(int posts, string settings = "") => $"""
        -- inkstone.yml --
        title: Blog
        base_url: https://example.org/
        {settings}

        """ + string.Concat(Enumerable.Range(1, posts).Select(i => $"""
        -- content/posts/p{i:00}.md --
        ---
        title: Post {i}
        date: 2025-01-{i:00}
        ---
        Body {i}.

        """));

    private static (List<string> Atom, List<string> Rss, List<string> Json) Titles(BuiltSite site) =>
        (XDocument.Parse(site.File("atom.xml")).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList(),
         XDocument.Parse(site.File("rss.xml")).Root!.Element("channel")!.Elements("item").Select(e => e.Element("title")!.Value).ToList(),
         JsonDocument.Parse(site.File("feed.json")).RootElement.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("title").GetString()!).ToList());

    [Fact]
    public void Every_feed_carries_the_newest_twenty_posts_by_default()
    {
        var (atom, rss, json) = Titles(BuiltSite.Build(Site(25)).AssertSucceeded());

        var newest = Enumerable.Range(6, 20).Reverse().Select(i => $"Post {i}").ToList();
        Assert.Equal(newest, atom);
        Assert.Equal(newest, rss);
        Assert.Equal(newest, json);
    }

    [Fact]
    public void Feed_entries_sets_how_many_of_the_newest_posts_every_feed_carries()
    {
        var (atom, rss, json) = Titles(BuiltSite.Build(Site(8, "feed: { entries: 3 }")).AssertSucceeded());

        Assert.Equal(["Post 8", "Post 7", "Post 6"], atom);
        Assert.Equal(["Post 8", "Post 7", "Post 6"], rss);
        Assert.Equal(["Post 8", "Post 7", "Post 6"], json);
    }

    [Fact]
    public void More_feed_entries_than_posts_carries_every_post()
    {
        var (atom, _, _) = Titles(BuiltSite.Build(Site(4, "feed:\n  entries: 500")).AssertSucceeded());

        Assert.Equal(["Post 4", "Post 3", "Post 2", "Post 1"], atom);
    }

    [Theory]
    [InlineData("feed: { entries: 0 }", 3, 18)]
    [InlineData("feed: { entries: -5 }", 3, 18)]
    [InlineData("feed: { entries: many }", 3, 18)]
    [InlineData("feed:\n  entries: 2.5", 4, 12)]
    [InlineData("feed: 20", 3, 7)]
    public void A_feed_entries_value_that_is_not_a_positive_whole_number_is_an_error_at_its_line_and_column(string settings, int line, int column)
    {
        var site = BuiltSite.Build(Site(2, settings));

        var problem = Assert.Single(site.Errors);
        Assert.Equal((DiagnosticIds.ConfigInvalidValue, "inkstone.yml", line, column), (problem.Id, problem.Location.Path, problem.Location.Line, problem.Location.Column));
        Assert.Contains("feed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_under_feed_is_a_warning_at_its_line()
    {
        var site = BuiltSite.Build(Site(2, "feed:\n  entries: 5\n  entires: 6"));

        var problem = Assert.Single(site.Diagnostics);
        Assert.Equal((DiagnosticIds.ConfigInvalidValue, Severity.Warning, 5), (problem.Id, problem.Severity, problem.Location.Line));
    }
}
