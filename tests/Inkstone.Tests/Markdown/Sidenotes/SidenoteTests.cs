using Inkstone.Testing;

namespace Inkstone.Tests.Markdown.Sidenotes;

/// <summary>Whole sites with footnotes and marginal notes: how the theme lays them out, and what feeds carry.</summary>
public sealed class SidenoteTests
{
    private const string Site = """
        -- inkstone.yml --
        title: T
        base_url: https://example.org/
        -- content/posts/notes.md --
        ---
        title: Notes
        date: 2025-01-01
        ---
        ## 建堆

        自底向上建堆是线性的[^1]。{-> 这条旁注没有编号。}

        ## 排序

        逐个取出堆顶。

        [^1]: 因为大多数节点都在底层。
        -- content/posts/plain.md --
        ---
        title: Plain
        date: 2025-01-02
        ---
        ## 一

        没有注释。

        ## 二

        还是没有。
        """;

    [Fact]
    public void A_post_with_sidenotes_takes_the_margin_and_shows_its_contents_above_the_text()
    {
        var page = Html.Parse(BuiltSite.Build(Site).AssertSucceeded().File("posts/notes/index.html"));
        var article = page.One("article.post");
        Assert.Contains("post--notes", article.ClassList);
        Assert.DoesNotContain("post--toc", article.ClassList);
        Assert.NotNull(page.QuerySelector("nav.toc"));
        Assert.Null(page.QuerySelector(".post__layout--toc"));
    }

    [Fact]
    public void A_post_without_notes_keeps_its_contents_beside_the_text()
    {
        var page = Html.Parse(BuiltSite.Build(Site).AssertSucceeded().File("posts/plain/index.html"));
        Assert.Contains("post--toc", page.One("article.post").ClassList);
        Assert.DoesNotContain("post--notes", page.One("article.post").ClassList);
    }

    [Fact]
    public void A_marginal_note_is_read_in_its_place_as_a_note()
    {
        var note = Html.Parse(BuiltSite.Build(Site).AssertSucceeded().File("posts/notes/index.html")).One(".marginnote");
        Assert.Equal("note", note.GetAttribute("role"));
        Assert.Null(note.GetAttribute("aria-hidden"));
        Assert.Equal("这条旁注没有编号。", note.TextContent);
    }

    [Fact]
    public void Feeds_carry_the_footnote_once_and_the_marginal_note_in_its_place()
    {
        var site = BuiltSite.Build(Site).AssertSucceeded();
        foreach (var feed in new[] { "atom.xml", "rss.xml", "feed.json" })
        {
            var text = site.File(feed);
            Assert.DoesNotContain("sidenote", text);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "因为大多数节点都在底层"));
            Assert.Contains("这条旁注没有编号", text);
        }
    }
}
