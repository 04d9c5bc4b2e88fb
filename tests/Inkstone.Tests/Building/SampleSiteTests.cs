using Inkstone.FileSystem;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

/// <summary>The sample blog in <c>sites/sample/</c> is the project's showcase: it must build cleanly and use every feature.</summary>
public sealed class SampleSiteTests
{
    private static readonly Lazy<BuiltSite> Site = new(() => BuiltSite.Build(new PhysicalFileSystem(Path.Combine(RepositoryPaths.Sites, "sample"))));

    [Fact]
    public void The_sample_blog_builds_without_a_single_diagnostic() => Assert.Empty(Site.Value.Diagnostics);

    [Fact]
    public void The_sample_blog_has_at_least_twelve_posts_in_the_four_categories_and_an_about_page()
    {
        var index = Html.Parse(Site.Value.File("categories/index.html"));
        Assert.True(Site.Value.Report.Posts >= 12);
        Assert.Equal(["Algorithm", "Computer Vision", "NLP", "Reinforcement Learning"], index.All(".term-cloud a").Select(a => a.FirstChild!.TextContent.Trim()).Order(StringComparer.Ordinal));
        Assert.True(Site.Value.Exists("about/index.html"));
    }

    [Theory]
    [InlineData("math", "math")]
    [InlineData(".hl .k", "highlighted code")]
    [InlineData(".code-tabs", "code tabs")]
    [InlineData(".callout--emoji", "an emoji callout")]
    [InlineData("details.callout", "a folding callout")]
    [InlineData(".footnotes", "footnotes")]
    [InlineData(".task-list-item", "a task list")]
    [InlineData("dl", "a definition list")]
    [InlineData("table", "a table")]
    [InlineData("figure.figure figcaption", "a figure")]
    [InlineData("mark", "marked text")]
    [InlineData(".series-box", "a series")]
    [InlineData(".related", "related posts")]
    [InlineData("a[href^='#eq-']", "an equation reference")]
    public void The_sample_blog_shows_every_feature_somewhere(string selector, string feature)
    {
        var pages = Site.Value.Output.Files.Keys.Where(k => k.StartsWith("posts/", StringComparison.Ordinal) && k.EndsWith(".html", StringComparison.Ordinal));
        Assert.True(pages.Any(p => Html.Parse(Site.Value.File(p)).QuerySelector(selector) is not null), $"No post shows {feature} ({selector}).");
    }
}
