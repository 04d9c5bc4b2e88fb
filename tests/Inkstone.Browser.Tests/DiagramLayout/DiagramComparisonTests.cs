using System.Text.Json;
using Inkstone.Testing;
using Microsoft.Playwright;

namespace Inkstone.Browser.Tests.DiagramLayout;

/// <summary>
/// Every sample diagram drawn by Inkstone and by Mermaid itself on one page: Mermaid must accept every sample (so the samples
/// are Mermaid, not a dialect of our own), Inkstone must draw every one, and a flowchart must have as many nodes in both.
/// The page's screenshot, light and dark, goes to <c>docs/diagrams/</c> with <c>INKSTONE_UPDATE_DOCS=1</c>, for the review
/// listed in <c>docs/diagrams/README.md</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DiagramComparisonTests(SampleBlog blog)
{
    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Every_sample_is_drawn_by_Inkstone_and_by_Mermaid_alike(string scheme)
    {
        var samples = DiagramComparisonPage.Samples();
        Assert.True(samples.Count >= 30, $"{samples.Count} samples; the comparison needs at least 30.");
        Assert.True(File.Exists(Path.Combine(DiagramComparisonPage.MermaidFolder, "mermaid.min.js")),
            $"Mermaid is missing ({DiagramComparisonPage.MermaidFolder}). Run tests/setup.sh, which installs it from tests/Inkstone.Browser.Tests/package-lock.json.");

        var problems = new List<string>();
        var html = DiagramComparisonPage.Build(samples);
        await using var context = await blog.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            DeviceScaleFactor = 1,
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            var ours = url.GetLeftPart(UriPartial.Authority) == DiagramComparisonPage.Origin;
            var file = ours ? DiagramComparisonPage.FileFor(url.AbsolutePath) : null;
            if (ours && url.AbsolutePath == "/")
            {
                await route.FulfillAsync(new RouteFulfillOptions { Body = html, ContentType = "text/html; charset=utf-8" });
            }
            else if (file is not null)
            {
                await route.FulfillAsync(new RouteFulfillOptions { BodyBytes = await File.ReadAllBytesAsync(file), ContentType = file.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript" });
            }
            else
            {
                problems.Add("request for a file the page should not need: " + route.Request.Url);
                await route.AbortAsync("blockedbyclient");
            }
        });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => problems.Add("uncaught error: " + error);
        await page.GotoAsync(DiagramComparisonPage.Origin + "/", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var failures = await page.EvaluateAsync<string[]>("() => window.drawn");
        var counts = await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll(".case[id]")].map(c => ({
              id: c.id,
              ink: c.querySelector(".ink svg") !== null,
              inkNodes: c.querySelectorAll(".ink g.node").length,
              mmNodes: c.querySelectorAll(".mm g.node").length,
              flowchart: c.querySelector(".ink .diagram-svg--flowchart") !== null,
            }))
            """);
        var screenshot = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
        Write($"comparison-{scheme}.png", screenshot);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(failures.Length == 0, "Mermaid rejected: " + string.Join("\n", failures));
        foreach (var row in counts.EnumerateArray())
        {
            var id = row.GetProperty("id").GetString();
            Assert.True(row.GetProperty("ink").GetBoolean(), $"Inkstone did not draw {id}");
            if (row.GetProperty("flowchart").GetBoolean())
            {
                Assert.True(row.GetProperty("inkNodes").GetInt32() == row.GetProperty("mmNodes").GetInt32(),
                    $"{id}: Inkstone drew {row.GetProperty("inkNodes").GetInt32()} nodes, Mermaid {row.GetProperty("mmNodes").GetInt32()}");
            }
        }
    }

    private static void Write(string name, byte[] content)
    {
        var output = Path.Combine(AppContext.BaseDirectory, "diagram-layout");
        Directory.CreateDirectory(output);
        File.WriteAllBytes(Path.Combine(output, name), content);
        if (Environment.GetEnvironmentVariable("INKSTONE_UPDATE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "docs", "diagrams"));
            File.WriteAllBytes(Path.Combine(RepositoryPaths.Root, "docs", "diagrams", name), content);
        }
    }
}
