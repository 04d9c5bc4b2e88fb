using System.Text.RegularExpressions;
using Inkstone.Testing;

namespace Inkstone.Import.Tests;

/// <summary>
/// The Hugo fixture's shortcodes (a page bundle's figure, <c>relref</c>, <c>highlight</c> with numbered and marked
/// lines, in <c>content/posts/swin/index.md</c>) mean on Inkstone's page what they mean on the real Hugo's: the same
/// image, alt text and caption, the same link, the same code with the same lines marked. The markup differs (each uses
/// its own components), so the comparison is of what a reader gets.
/// </summary>
[Trait("Category", "Engines")]
public sealed class HugoShortcodeComparisonTests(RealEngineBuilds engines) : IClassFixture<RealEngineBuilds>, IDisposable
{
    private const string Page = "2025/06/swin-transformer-的移位窗口/index.html";
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-shortcodes-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Inkstone_renders_the_fixtures_shortcodes_as_the_real_Hugo_does()
    {
        var fixture = new ImportFixture("hugo");
        var real = engines.For(fixture);
        real.AssertBuilt();
        var output = fixture.BuildWithInkstone(_root);

        var hugo = Html.Parse(File.ReadAllText(Path.Combine(real.Output, Page)));
        var ours = Html.Parse(File.ReadAllText(Path.Combine(output, Page)));

        Assert.Equal(hugo.One("figure img").GetAttribute("alt"), ours.One("figure img").GetAttribute("alt"));
        // Inkstone publishes the picture resized (window.DIGEST.WIDTH.png, and AVIF and WebP beside it): the same image by name.
        var hugoImage = Path.GetFileName(hugo.One("figure img").GetAttribute("src"))!;
        var variant = $@"^{Regex.Escape(Path.GetFileNameWithoutExtension(hugoImage))}\.[0-9a-f]{{10}}\.[0-9]+{Regex.Escape(Path.GetExtension(hugoImage))}$";
        Assert.Matches(variant, Path.GetFileName(ours.One("figure img").GetAttribute("src")));
        Assert.Equal(hugo.One("figcaption").Text(), ours.One("figcaption").Text());
        Assert.Equal(hugo.One("p a[href*='binary-search']").GetAttribute("href"), ours.One("p a[href*='binary-search']").GetAttribute("href"));

        var hugoLines = hugo.All("code.language-python .line");
        var ourLines = ours.All("code.language-python .line");
        Assert.Equal(hugoLines.Select(l => l.TextContent.TrimEnd('\n')), ourLines.Select(l => l.QuerySelector(".lc")!.TextContent));
        Assert.Equal(
            hugoLines.Select((l, i) => (l, i)).Where(p => p.l.ClassList.Contains("hl")).Select(p => p.i),
            ourLines.Select((l, i) => (l, i)).Where(p => p.l.ClassList.Contains("is-highlighted")).Select(p => p.i));
        Assert.Equal(hugo.All("td.lntd .lnt").Count, ours.All("code.language-python .ln").Count);
    }
}
