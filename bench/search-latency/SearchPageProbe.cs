using System.Text.Json;
using Microsoft.Playwright;

namespace Inkstone.SearchLatency;

/// <summary>Types one query into /search/ in a new browser context (empty cache) and reads back what it cost.</summary>
internal sealed class SearchPageProbe(IBrowser browser, Uri site, string probeScript)
{
    private const string Input = "#search-page-input";

    public async Task<QueryMeasurement> MeasureAsync(string query)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.ToString() });
        await context.AddInitScriptAsync(probeScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/", new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        // Cold: nothing of the index has been fetched in this context.
        await page.FillAsync(Input, query);
        await page.WaitForFunctionAsync("() => window.__searchProbe.painted.length >= 1");
        var cold = await page.EvaluateAsync<JsonElement>("""
            () => {
              const p = window.__searchProbe;
              const files = performance.getEntriesByType("resource").filter(e => /\/search\/[^/?]+\.json/.test(e.name));
              return {
                started: p.started[0], rendered: p.rendered[0], painted: p.painted[0],
                files: files.length,
                wire: files.reduce((s, e) => s + e.encodedBodySize, 0),
                json: files.reduce((s, e) => s + e.decodedBodySize, 0),
                docs: files.filter(e => /\/docs-\d+\.json/.test(e.name)).reduce((s, e) => s + e.decodedBodySize, 0),
                firstStart: Math.min(...files.map(e => e.startTime)),
                lastEnd: Math.max(...files.map(e => e.responseEnd)),
                results: document.querySelectorAll("#search-page-results > li").length,
              };
            }
            """);

        // Warm: the same query again in the same page, every shard it needs already in search.js's cache.
        await page.FillAsync(Input, "");
        await page.WaitForFunctionAsync("() => document.querySelector('#search-page-results').children.length === 0");
        await page.FillAsync(Input, query);
        await page.WaitForFunctionAsync("() => window.__searchProbe.rendered.length >= 2");
        var warm = await page.EvaluateAsync<double>("() => window.__searchProbe.rendered[1] - window.__searchProbe.started[1]");

        double Get(string name) => cold.GetProperty(name).GetDouble();
        var lastEnd = Get("lastEnd");
        return new QueryMeasurement(
            query,
            cold.GetProperty("results").GetInt32(),
            cold.GetProperty("files").GetInt32(),
            cold.GetProperty("wire").GetInt64(),
            cold.GetProperty("json").GetInt64(),
            cold.GetProperty("docs").GetInt64(),
            ColdMs: Get("rendered") - Get("started"),
            DownloadMs: lastEnd - Get("firstStart"),
            AfterShardsMs: Get("rendered") - lastEnd,
            PaintAfterShardsMs: Get("painted") - lastEnd,
            WarmMs: warm);
    }
}
