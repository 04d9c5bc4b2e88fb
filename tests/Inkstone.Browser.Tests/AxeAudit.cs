using System.Text;
using System.Text.Json;

namespace Inkstone.Browser.Tests;

/// <summary>Runs axe-core (injected from npm's copy) on a tab and returns its serious and critical violations, described.</summary>
internal static class AxeAudit
{
    // Only the violations and the offending nodes' selectors are sent back; the full result is large.
    private const string Run = """
        async () => {
          const result = await axe.run(document, { resultTypes: ["violations"] });
          return JSON.stringify(result.violations
            .filter(v => v.impact === "serious" || v.impact === "critical")
            .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                         nodes: v.nodes.slice(0, 8).map(n => n.target.join(" ") + ": " + (n.failureSummary || "").replace(/\s+/g, " ")) })));
        }
        """;

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(BrowserTab tab, string axeScript)
    {
        await tab.AddAxeAsync(axeScript);
        var json = await tab.Page.EvaluateAsync<string>(Run);
        using var document = JsonDocument.Parse(json);
        var found = new List<string>();
        foreach (var violation in document.RootElement.EnumerateArray())
        {
            var text = new StringBuilder();
            text.Append($"{violation.GetProperty("impact").GetString()} {violation.GetProperty("id").GetString()}: {violation.GetProperty("help").GetString()}");
            foreach (var node in violation.GetProperty("nodes").EnumerateArray())
            {
                text.Append("\n    ").Append(node.GetString());
            }

            found.Add(text.ToString());
        }

        return found;
    }
}
