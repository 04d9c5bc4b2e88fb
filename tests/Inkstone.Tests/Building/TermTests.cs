using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

/// <summary>Different tag names never merge into one page; spellings of one name do; two names wanting one address are told apart and reported.</summary>
public sealed class TermTests
{
    private static string Post(string name, string tags, int day) => $"""
        -- content/posts/{name}.md --
        ---
        title: {name}
        date: 2025-03-{day:00}
        tags: [{tags}]
        ---
        正文。

        """;

    private static BuiltSite Build(string posts) =>
        BuiltSite.Build("-- inkstone.yml --\ntitle: 标签\n" + posts).AssertSucceeded();

    private static string Heading(BuiltSite site, string path) => Html.Parse(site.File(path)).One("h1").Text();

    [Fact]
    public void C_plus_plus_c_sharp_and_c_are_three_tags_each_with_its_own_page_and_name()
    {
        var site = Build(Post("a", "C++, C#, C", 1));

        Assert.Contains("C++", Heading(site, "tags/cpp/index.html"));
        Assert.Contains("C#", Heading(site, "tags/csharp/index.html"));
        Assert.Contains("C", Heading(site, "tags/c/index.html"));
        Assert.DoesNotContain("C++", Heading(site, "tags/c/index.html"));
        Assert.DoesNotContain("C#", Heading(site, "tags/c/index.html"));
        Assert.DoesNotContain(site.Diagnostics, d => d.Id == DiagnosticIds.TermUrlCollision);
        var links = Html.Parse(site.File("posts/a/index.html")).All("a[href^='/tags/']").Select(a => (a.GetAttribute("href"), a.Text())).ToList();
        Assert.Contains(("/tags/cpp/", "#C++"), links);
        Assert.Contains(("/tags/csharp/", "#C#"), links);
        Assert.Contains(("/tags/c/", "#C"), links);
    }

    [Fact]
    public void Names_that_differ_only_in_case_spaces_and_hyphens_are_one_tag()
    {
        var site = Build(Post("a", "Deep Learning", 1) + Post("b", "deep-learning", 2));

        Assert.Equal(2, Html.Parse(site.File("tags/deep-learning/index.html")).All(".h-entry").Count);
        Assert.DoesNotContain(site.Output.Files.Keys, p => p.StartsWith("tags/deep-learning-", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Diagnostics, d => d.Id == DiagnosticIds.TermUrlCollision);
    }

    [Fact]
    public void A_tag_keeps_its_name_and_address_when_a_newer_post_spells_it_another_way()
    {
        var before = Build(Post("a", "Deep Learning", 1) + Post("b", "deep-learning", 2));
        var after = Build(Post("a", "Deep Learning", 1) + Post("b", "deep-learning", 2) + Post("c", "deep_learning", 3));

        Assert.Contains("Deep Learning", Heading(before, "tags/deep-learning/index.html"));
        Assert.Contains("Deep Learning", Heading(after, "tags/deep-learning/index.html"));
        Assert.Equal(3, Html.Parse(after.File("tags/deep-learning/index.html")).All(".h-entry").Count);
    }

    [Fact]
    public void Two_names_that_would_share_an_address_get_two_pages_and_a_warning()
    {
        var site = Build(Post("a", "Node.js", 1) + Post("b", "Node.js", 2) + Post("c", "Node JS", 3));

        Assert.Contains("Node.js", Heading(site, "tags/node-js/index.html"));
        Assert.Equal(2, Html.Parse(site.File("tags/node-js/index.html")).All(".h-entry").Count);
        Assert.Contains("Node JS", Heading(site, "tags/node-js-2/index.html"));
        var warning = Assert.Single(site.Diagnostics, d => d.Id == DiagnosticIds.TermUrlCollision);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("content/posts/c.md", warning.Location.Path);
        Assert.Contains("'Node JS'", warning.Message);
        Assert.Contains("'Node.js'", warning.Message);
        Assert.Contains("/tags/node-js-2/", warning.Message);
    }
}
