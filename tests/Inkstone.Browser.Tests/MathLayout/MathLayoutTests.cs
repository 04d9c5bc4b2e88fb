using System.Text.Json;
using Inkstone.Testing;
using Microsoft.Playwright;

namespace Inkstone.Browser.Tests.MathLayout;

/// <summary>
/// Inkstone's formulas measured against KaTeX's in the same Chromium page (see <see cref="MathLayoutPage"/>). The
/// report and the screenshot of the worst cases go to the test output folder on every run, and to docs/math
/// with INKSTONE_UPDATE_DOCS=1.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class MathLayoutTests(SampleBlog blog)
{
    /// <summary>
    /// The target is 95%. These floors are what the compiler reaches today: a change that draws fewer
    /// formulas like TeX fails here, and each improvement raises them.
    /// </summary>
    private const double PassRateFloor = 0.962;
    private const int BeyondLimitCeiling = 3;

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "MathLayout");

    [Fact]
    public async Task Formulas_are_drawn_where_KaTeX_draws_them()
    {
        var cases = MathLayoutCase.Read(Path.Combine(Folder, "formulas.txt"));
        Assert.True(cases.Count >= 400, $"formulas.txt holds {cases.Count} formulas; the harness needs at least 400.");
        Assert.True(File.Exists(Path.Combine(MathLayoutPage.KatexFolder, "katex.min.js")),
            $"KaTeX is missing ({MathLayoutPage.KatexFolder}). Run tests/setup.sh, which installs it from tests/Inkstone.Browser.Tests/package-lock.json.");

        var problems = new List<string>();
        var html = MathLayoutPage.Build(cases);
        await using var context = await blog.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            DeviceScaleFactor = 1,
        });
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            var file = url.GetLeftPart(UriPartial.Authority) == MathLayoutPage.Origin ? MathLayoutPage.FileFor(url.AbsolutePath) : null;
            if (url.AbsolutePath == "/" && url.GetLeftPart(UriPartial.Authority) == MathLayoutPage.Origin)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Body = html, ContentType = "text/html; charset=utf-8" });
            }
            else if (file is not null)
            {
                await route.FulfillAsync(new RouteFulfillOptions { BodyBytes = await File.ReadAllBytesAsync(file), ContentType = MathLayoutPage.ContentType(file) });
            }
            else
            {
                problems.Add("request for a file the page should not need: " + route.Request.Url);
                await route.AbortAsync("blockedbyclient");
            }
        });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => problems.Add("uncaught error: " + error);
        await page.GotoAsync(MathLayoutPage.Origin + "/", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.EvaluateAsync("() => document.fonts.ready");

        var measured = await page.EvaluateAsync<JsonElement>(await File.ReadAllTextAsync(Path.Combine(Folder, "measure-glyphs.js")));
        var byId = measured.EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        var deviations = cases.Select(c => GlyphMatcher.Compare(c, Glyphs(byId[c.Id], "ink"), Glyphs(byId[c.Id], "kx"))).ToList();
        var report = new MathLayoutReport(deviations);

        var worst = report.Worst(30).Select(d => d.Formula.Id).ToArray();
        await page.EvaluateAsync("ids => { const keep = new Set(ids); for (const c of document.querySelectorAll('.case')) c.style.display = keep.has(c.id) ? '' : 'none'; }", worst);
        var screenshot = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
        Write("layout-report.md", System.Text.Encoding.UTF8.GetBytes(report.ToMarkdown()));
        Write("worst-cases.png", screenshot);
        Write("layout-all.tsv", System.Text.Encoding.UTF8.GetBytes(report.ToTable()), docs: false);
        Write("layout-measurements.json", System.Text.Encoding.UTF8.GetBytes(measured.GetRawText()), docs: false);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(report.PassRate >= PassRateFloor && report.BeyondLimit <= BeyondLimitCeiling,
            $"{report.Summary}; the floor is {PassRateFloor:P1} with at most {BeyondLimitCeiling} beyond. Worst: " +
            string.Join("; ", report.Worst(10).Select(d => $"{d.Formula.Id} {d.Formula.Tex} dx={d.MaxDx:0.00} dy={d.MaxDy:0.00}")));
    }

    private static List<Glyph>? Glyphs(JsonElement measured, string side) =>
        measured.GetProperty(side).ValueKind == JsonValueKind.Null
            ? null
            : measured.GetProperty(side).Deserialize<List<Glyph>>(new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    private static void Write(string name, byte[] content, bool docs = true)
    {
        var output = Path.Combine(AppContext.BaseDirectory, "math-layout");
        Directory.CreateDirectory(output);
        File.WriteAllBytes(Path.Combine(output, name), content);
        if (docs && Environment.GetEnvironmentVariable("INKSTONE_UPDATE_DOCS") == "1")
        {
            File.WriteAllBytes(Path.Combine(RepositoryPaths.Root, "docs", "math", name), content);
        }
    }
}
