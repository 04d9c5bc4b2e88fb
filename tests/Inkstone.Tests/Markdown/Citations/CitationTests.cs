using Inkstone.Testing;

namespace Inkstone.Tests.Markdown.Citations;

/// <summary>Whole sites with bibliographies: where citations come from, what they show, and what is reported.</summary>
public sealed class CitationTests
{
    private static BuiltSite Build(string body, string config = "", string frontMatter = "", string extraFiles = "") => BuiltSite.Build($"""
        -- inkstone.yml --
        title: T
        base_url: https://example.org/
        language: en
        {config}
        -- references.bib --
        {CitationSpecTests.Bibliography}
        {extraFiles}
        -- content/posts/p.md --
        ---
        title: P
        date: 2025-01-01
        {frontMatter}
        ---
        {body}
        """);

    private static AngleSharp.Dom.IDocument Page(BuiltSite site, string path = "posts/p/index.html") => Html.Parse(site.File(path));

    [Fact]
    public void A_citation_shows_its_reference_on_hover_and_focus_through_a_described_link()
    {
        var page = Page(Build("Memory [@hochreiter1997].").AssertSucceeded());
        var link = page.One(".cite__link");
        var preview = page.One("#" + link.GetAttribute("aria-describedby"));
        Assert.Equal("tooltip", preview.GetAttribute("role"));
        Assert.Equal(page.One("#ref-hochreiter1997").InnerHtml.Split(" <a class=\"references__back\"")[0], preview.InnerHtml);
        Assert.Equal("#ref-hochreiter1997", link.GetAttribute("href"));
    }

    [Fact]
    public void Each_reference_links_back_to_every_place_it_is_cited()
    {
        var page = Page(Build("One [@dijkstra1959]. Two [@dijkstra1959; @vaswani2017]. Three @dijkstra1959.").AssertSucceeded());
        var back = page.All("#ref-dijkstra1959 .references__back a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#cite-1", "#cite-2", "#cite-4"], back);
        Assert.All(back, href => Assert.NotNull(page.GetElementById(href![1..])));
        Assert.Equal("#cite-3", page.One("#ref-vaswani2017 .references__back").GetAttribute("href"));
    }

    [Fact]
    public void Dois_and_urls_become_links()
    {
        var page = Page(Build("[@dijkstra1959; @schulman2015gae]").AssertSucceeded());
        Assert.Equal("https://doi.org/10.1007/BF01386390", page.One("#ref-dijkstra1959 a").GetAttribute("href"));
        Assert.Equal("https://arxiv.org/abs/1506.02438", page.One("#ref-schulman2015gae a").GetAttribute("href"));
    }

    [Fact]
    public void Only_cited_works_are_listed()
    {
        var page = Page(Build("Only [@vaswani2017].").AssertSucceeded());
        Assert.Equal(["ref-vaswani2017"], page.All(".references__list li").Select(li => li.Id));
    }

    [Fact]
    public void An_unknown_key_is_reported_where_it_is_written_and_shown_as_written()
    {
        var site = Build("First line.\n\nSee [@vaswani2017; @nobody2020] and @ghost.");
        Assert.Equal(
            ["content/posts/p.md:8:20: warning INK0340: No entry 'nobody2020' in the bibliography (references.bib); the citation is shown as written.",
             "content/posts/p.md:8:37: warning INK0340: No entry 'ghost' in the bibliography (references.bib); the citation is shown as written."],
            site.Diagnostics.Select(d => d.ToString()));
        Assert.Contains("See [@vaswani2017; @nobody2020] and @ghost.", Page(site).One(".e-content").TextContent);
    }

    [Fact]
    public void A_post_without_a_bibliography_keeps_its_at_signs_and_brackets_as_they_were()
    {
        var site = BuiltSite.Build("""
            -- inkstone.yml --
            title: T
            base_url: https://example.org/
            -- content/posts/p.md --
            ---
            title: P
            date: 2025-01-01
            ---
            Thanks @karpathy [@not-a-citation].
            """).AssertSucceeded();
        Assert.Empty(site.Diagnostics);
        Assert.Contains("<p>Thanks @karpathy [@not-a-citation].</p>", site.File("posts/p/index.html"));
    }

    [Fact]
    public void A_post_names_its_own_bibliography_beside_it_and_cites_from_both()
    {
        var site = Build("[@own2024] and [@vaswani2017]", frontMatter: "bibliography: own.bib", extraFiles: """
            -- content/posts/own.bib --
            @misc{own2024, author = {Writer, A.}, title = {A Note of My Own}, year = {2024}}
            """).AssertSucceeded();
        Assert.Equal(["ref-own2024", "ref-vaswani2017"], Page(site).All(".references__list li").Select(li => li.Id).Order());
    }

    [Fact]
    public void A_post_can_choose_the_other_style_in_its_front_matter()
    {
        var page = Page(Build("[@vaswani2017]", frontMatter: "citation_style: numeric").AssertSucceeded());
        Assert.Equal("[1]", page.One(".citation").TextContent.Split('\n')[0].Replace(page.One(".cite__preview").TextContent, ""));
        Assert.NotNull(page.QuerySelector("ol.references__list"));
    }

    [Fact]
    public void The_site_bibliography_can_be_named_in_the_config()
    {
        var site = BuiltSite.Build($"""
            -- inkstone.yml --
            title: T
            base_url: https://example.org/
            citations:
              bibliography: [data/papers.bib, data/missing.bib]
            -- data/papers.bib --
            {CitationSpecTests.Bibliography}
            -- content/posts/p.md --
            ---
            title: P
            date: 2025-01-01
            ---
            [@dijkstra1959]
            """);
        Assert.Equal(["inkstone.yml:4:35: error INK0344: The bibliography 'data/missing.bib' is not a file of the site."], site.Diagnostics.Select(d => d.ToString()));
        Assert.Contains("Dijkstra, 1959", site.File("posts/p/index.html"));
    }

    [Fact]
    public void Math_in_a_title_is_compiled()
    {
        var page = Page(Build("[@ajtai1983]", extraFiles: """
            -- content/posts/sorting.bib --
            @inproceedings{ajtai1983, author = {Ajtai, Mikl{\'o}s and Koml{\'o}s, J{\'a}nos and Szemer{\'e}di, Endre},
              title = {An {$O(n \log n)$} Sorting Network}, booktitle = {Proceedings of STOC}, pages = {1--9}, year = {1983}}
            """, frontMatter: "bibliography: sorting.bib").AssertSucceeded());
        var reference = page.One("#ref-ajtai1983");
        Assert.NotNull(reference.QuerySelector("math"));
        Assert.Contains("Ajtai, M., Komlós, J., &amp; Szemerédi, E. (1983). An", reference.InnerHtml);
    }
}
