using Inkstone.FileSystem;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

/// <summary>
/// The fixture sites of the four engines (<c>sites/import/</c>) use the syntax each engine's writers use: Liquid
/// and kramdown in the Jekyll site, Hexo's and its themes' tags, Hugo's shortcodes, Python-Markdown's and
/// pymdownx's extensions, TeX written for MathJax. Built by Inkstone, no page may show any of it raw: a reader
/// must never see the old engine's syntax where its author meant a figure, a callout or a formula.
/// </summary>
public sealed class ForeignSyntaxLeakTests
{
    /// <summary>What each syntax leaves in a page's text when it is not read.</summary>
    private static readonly string[] Markers = ["{%", "{{", "{:", "!!! ", "??? ", "=== \"", "--8<--", "\\begin{", "$$"];

    /// <summary>
    /// Code shows syntax on purpose, formulas keep their TeX only as an annotation, and a diagram's source is its SVG's
    /// accessible description (Mermaid's <c>{{hexagon}}</c> is its own syntax, not Hugo's).
    /// </summary>
    private const string NotVisibleText = "code, pre, math, script, style, template, noscript, desc";

    [Theory]
    [InlineData("jekyll")]
    [InlineData("hexo")]
    [InlineData("hugo")]
    [InlineData("mkdocs")]
    public void No_page_of_the_engines_fixture_shows_its_syntax_raw(string engine)
    {
        var site = BuiltSite.Build(new PhysicalFileSystem(Path.Combine(RepositoryPaths.Sites, "import", engine))).AssertSucceeded();

        var pages = site.Output.Files.Keys.Where(path => path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var leaks = pages
            .SelectMany(path => Leaks(site.File(path)).Select(leak => $"{path}: {leak}"))
            .ToList();

        Assert.NotEmpty(pages);
        Assert.True(leaks.Count == 0, $"Raw syntax in the visible text of {engine}'s pages:\n{string.Join('\n', leaks)}");
    }

    [Fact]
    public void The_sample_blog_is_written_without_any_engines_syntax()
    {
        var content = Path.Combine(RepositoryPaths.Sites, "sample", "content");
        var site = BuiltSite.Build(new PhysicalFileSystem(Path.Combine(RepositoryPaths.Sites, "sample"))).AssertSucceeded();
        var sources = Directory.GetFiles(content, "*.md", SearchOption.AllDirectories);

        var foreign = sources
            .Where(path => File.ReadAllText(path) is var text && (text.Contains("{%", StringComparison.Ordinal) || text.Contains("{{<", StringComparison.Ordinal) || text.Contains("{{%", StringComparison.Ordinal) || text.Contains("\n!!! ", StringComparison.Ordinal) || text.Contains("{:", StringComparison.Ordinal)))
            .Select(path => Path.GetRelativePath(content, path))
            .ToList();

        Assert.NotEmpty(sources);
        Assert.Empty(foreign);
        Assert.All(site.Output.Files.Keys.Where(path => path.EndsWith(".html", StringComparison.Ordinal)), path => Assert.Empty(Leaks(site.File(path))));
    }

    private static IEnumerable<string> Leaks(string html)
    {
        var document = Html.Parse(html);
        foreach (var hidden in document.QuerySelectorAll(NotVisibleText).ToList())
        {
            hidden.Remove();
        }

        var text = document.Body?.TextContent ?? "";
        foreach (var marker in Markers)
        {
            for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
            {
                yield return $"'{marker}' in \"…{Around(text, at)}…\"";
            }
        }
    }

    private static string Around(string text, int at)
    {
        var start = System.Math.Max(0, at - 30);
        var end = System.Math.Min(text.Length, at + 40);
        return text[start..end].ReplaceLineEndings(" ");
    }
}
