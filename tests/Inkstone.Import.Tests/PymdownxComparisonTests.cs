using AngleSharp.Dom;
using Inkstone.Testing;

namespace Inkstone.Import.Tests;

/// <summary>
/// The MkDocs fixture's pymdownx tour (<c>docs/ml/softmax.md</c>: admonitions, collapsible blocks, tabs, snippets, keys,
/// insert and delete marks, attribute lists, Markdown inside HTML, arithmatex) means on Inkstone's page what it means on
/// the real MkDocs's (Material theme): the same titles, blocks open or closed, tabs, code, text and formulas.
/// </summary>
[Trait("Category", "Engines")]
public sealed class PymdownxComparisonTests(RealEngineBuilds engines) : IClassFixture<RealEngineBuilds>, IDisposable
{
    private const string Page = "ml/softmax/index.html";
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-pymdownx-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Inkstone_renders_the_fixtures_pymdownx_syntax_as_the_real_MkDocs_does()
    {
        var (mkdocs, ours) = BuildBoth();
        var theirs = mkdocs.One("article");
        var content = ours.One(".e-content");

        // Admonitions and collapsible blocks: the same titles in order (a block with an empty title has none), the same ones open.
        Assert.Equal(Texts(theirs.QuerySelectorAll(".admonition-title, details > summary")), Texts(content.QuerySelectorAll(".callout__title")));
        Assert.Equal(theirs.QuerySelectorAll("details").Select(d => d.HasAttribute("open")), content.QuerySelectorAll("details").Select(d => d.HasAttribute("open")));
        Assert.Equal(theirs.QuerySelectorAll(".admonition, details").Length, content.QuerySelectorAll(".callout").Length);

        // Tabs, with the snippet's code in the first.
        Assert.Equal(Texts(theirs.QuerySelectorAll(".tabbed-labels label")), Texts(content.QuerySelectorAll(".code-tabs__label")));
        Assert.Equal(theirs.QuerySelector(".tabbed-block code")!.TextContent.TrimEnd('\n').Split('\n'), content.QuerySelectorAll("code.language-python .lc").Select(l => l.TextContent));

        // The Markdown snippet's paragraph, keys, insert and delete marks, an attribute list, Markdown inside HTML.
        Assert.Equal(Words(theirs.QuerySelectorAll("p").First(p => p.TextContent.Contains("分布越尖", StringComparison.Ordinal))), Words(content.QuerySelectorAll("p").First(p => p.TextContent.Contains("分布越尖", StringComparison.Ordinal))));
        Assert.Equal(Texts(theirs.QuerySelectorAll("kbd")), Texts(content.QuerySelectorAll("kbd")));
        Assert.Equal(Texts(theirs.QuerySelectorAll("ins, del")), Texts(content.QuerySelectorAll("ins, del")));
        Assert.Equal(Texts(theirs.QuerySelectorAll("p.lead")), Texts(content.QuerySelectorAll("p.lead")));
        Assert.Equal(Texts(theirs.QuerySelectorAll("div.grid strong")), Texts(content.QuerySelectorAll("div.grid strong")));

        // Every formula arithmatex marks is a formula on Inkstone's page, with the same TeX.
        Assert.Equal(
            theirs.QuerySelectorAll(".arithmatex").Select(m => m.TextContent.Trim()[2..^2]),
            content.QuerySelectorAll("math annotation").Select(a => a.TextContent));
    }

    private (IDocument MkDocs, IDocument Ours) BuildBoth()
    {
        var fixture = new ImportFixture("mkdocs");
        var real = engines.For(fixture);
        real.AssertBuilt();
        var output = fixture.BuildWithInkstone(_root);
        return (Html.Parse(File.ReadAllText(Path.Combine(real.Output, Page))), Html.Parse(File.ReadAllText(Path.Combine(output, Page))));
    }

    private static List<string> Texts(IEnumerable<IElement> elements) => elements.Select(e => e.Text()).ToList();

    /// <summary>The paragraph's words with its formulas left out (each engine writes them its own way).</summary>
    private static string Words(IElement paragraph)
    {
        var copy = (IElement)paragraph.Clone();
        foreach (var math in copy.QuerySelectorAll("math, .arithmatex").ToList())
        {
            math.Remove();
        }

        return copy.TextContent.Trim();
    }
}
