using Xunit.Abstractions;

namespace Inkstone.Browser.Tests;

/// <summary>
/// Photographs the main pages at phone and desktop width, light and dark, into the test output folder;
/// with INKSTONE_UPDATE_SCREENSHOTS=1 the same images replace the README's set in docs/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ScreenshotTests(SampleBlog blog, ITestOutputHelper output)
{
    private static readonly (string Name, string Path)[] Pages =
    [
        ("index", "/"),
        ("post", PostPageTests.Post),
        ("post-code", PostPageTests.Post),
        ("category", "/categories/algorithm/"),
        ("search", "/search/?q=背包"),
    ];

    [Fact]
    public async Task Screenshots_of_the_main_pages_are_written_at_both_widths_in_both_themes()
    {
        var written = new List<string>();
        foreach (var (device, size) in new[] { ("phone", TabOptions.Phone), ("desktop", TabOptions.Desktop) })
        {
            foreach (var dark in new[] { false, true })
            {
                foreach (var (name, path) in Pages)
                {
                    await using var tab = await blog.OpenAsync(path, size with { Dark = dark });
                    if (name == "search")
                    {
                        await SearchTests.WaitForResultsAsync(tab.Page, "#search-page-results", ".search-page__status");
                    }
                    else if (name == "post-code")
                    {
                        // The first code block with the section it belongs to, and its copy button showing.
                        await tab.Page.EvaluateAsync("() => document.getElementById('二维写法与找回方案').scrollIntoView()");
                        await tab.Page.HoverAsync(".post__content pre.hl");
                        await tab.Page.WaitForFunctionAsync("() => getComputedStyle(document.querySelector('.copy-button')).opacity === '1'");
                    }

                    var png = await tab.Page.ScreenshotAsync();
                    var file = blog.Screenshots.Write($"{name}-{device}-{(dark ? "dark" : "light")}", png);
                    var (width, height) = PngSize(png);
                    Assert.Equal((size.Width, size.Height), (width, height));
                    written.Add(file);
                }
            }
        }

        Assert.Equal(20, written.Distinct().Count(File.Exists));
        output.WriteLine($"Screenshots: {blog.Screenshots.Folder}");
        if (ScreenshotWriter.UpdatesDocs)
        {
            output.WriteLine($"Also written to {ScreenshotWriter.DocsFolder}");
        }
    }

    /// <summary>Width and height from a PNG's IHDR chunk, which always comes first.</summary>
    private static (int Width, int Height) PngSize(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
}
