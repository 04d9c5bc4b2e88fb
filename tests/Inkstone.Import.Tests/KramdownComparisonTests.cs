using AngleSharp.Dom;
using Inkstone.Testing;

namespace Inkstone.Import.Tests;

/// <summary>
/// The Jekyll fixture's syntax tour (<c>_posts/2025-07-01-kramdown-notes.md</c>: Liquid, <c>{:toc}</c>, attribute lists,
/// kramdown's inline <c>$$</c>, a table footer, <c>{::comment}</c>) means on Inkstone's page what it means on the real
/// Jekyll's: the same text, heading ids, table of contents, classes, links and footer. Each engine uses its own
/// markup for code and math, so the comparison is of what a reader gets.
/// </summary>
[Trait("Category", "Engines")]
public sealed class KramdownComparisonTests(RealEngineBuilds engines) : IClassFixture<RealEngineBuilds>, IDisposable
{
    private const string Page = "写作/2025/07/01/kramdown-notes/index.html";
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-kramdown-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Inkstone_renders_the_fixtures_kramdown_and_liquid_as_the_real_Jekyll_does()
    {
        var (jekyll, ours) = BuildBoth();
        var ourContent = ours.One(".e-content");

        // Heading ids (kramdown's, with {#id} and its own for Chinese) and the table of contents in their place.
        Assert.Equal(Ids(jekyll.All("h2[id], h3[id]")), Ids(ourContent.QuerySelectorAll("h2[id], h3[id]")));
        Assert.Equal(jekyll.All("#markdown-toc a").Select(a => a.GetAttribute("href")), ourContent.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")));

        // Liquid: site and page variables, filters, post_url and link.
        Assert.Equal(Words(jekyll.All("h2#site-variables + p")[0]), Words(ourContent.QuerySelector("h2#site-variables + p")!));
        Assert.Equal(Hrefs(jekyll.All("p a[href*='binary-search'], p a[href='/grpo/']")), Hrefs(ourContent.QuerySelectorAll("p a[href*='binary-search'], p a[href='/grpo/']")));

        // Attribute lists: on a paragraph, a table and a span; {::comment} leaves nothing.
        Assert.Single(jekyll.All("p.wide img"));
        Assert.Single(ourContent.QuerySelectorAll("p.wide img"));
        Assert.Single(jekyll.All("table.compact"));
        Assert.Single(ourContent.QuerySelectorAll("table.compact"));
        Assert.Equal(jekyll.One("em.accent").Text(), ourContent.QuerySelector("em.accent")!.Text());
        Assert.DoesNotContain("备忘", jekyll.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("备忘", ourContent.TextContent, StringComparison.Ordinal);

        // The table's footer row.
        Assert.Equal(Words(jekyll.One("table.compact tfoot")), Words(ourContent.QuerySelector("table.compact tfoot")!));

        // kramdown's $$ inside a paragraph is inline math, alone it is a display.
        Assert.Contains(@"\(\pi(a \mid s)\)", jekyll.One("h2#formulas + p").TextContent, StringComparison.Ordinal);
        var inline = ourContent.QuerySelector("h2#formulas + p math")!;
        Assert.NotEqual("block", inline.GetAttribute("display"));
        Assert.Equal(@"\pi(a \mid s)", inline.QuerySelector("annotation")!.TextContent);
        Assert.Contains(@"\[J(\theta) =", jekyll.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("block", ourContent.QuerySelectorAll("math").First(m => m.TextContent.Contains("J(\\theta)", StringComparison.Ordinal)).GetAttribute("display"));

        // The highlighted code is the same code.
        Assert.Equal(
            jekyll.One("code.language-python td.code").TextContent.TrimEnd('\n').Split('\n'),
            ourContent.QuerySelectorAll("code.language-python .lc").Select(l => l.TextContent));
    }

    private (IDocument Jekyll, IDocument Ours) BuildBoth()
    {
        var fixture = new ImportFixture("jekyll");
        var real = engines.For(fixture);
        real.AssertBuilt();
        var output = fixture.BuildWithInkstone(_root);
        return (Html.Parse(File.ReadAllText(Path.Combine(real.Output, Page))), Html.Parse(File.ReadAllText(Path.Combine(output, Page))));
    }

    private static IEnumerable<string?> Ids(IEnumerable<IElement> headings) => headings.Select(h => h.Id).ToList();

    private static IEnumerable<string?> Hrefs(IEnumerable<IElement> links) => links.Select(a => Uri.UnescapeDataString(a.GetAttribute("href") ?? "")).ToList();

    /// <summary>The text as a reader sees it, with the line breaks of the source (which the browser shows as nothing in Chinese) taken out.</summary>
    private static string Words(IElement element) => string.Concat(element.TextContent.Split('\n').Select(l => l.Trim()));
}
