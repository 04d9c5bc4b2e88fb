using System.Text.Json;

namespace Inkstone.Math.Tests.Differential;

/// <summary>
/// Compares Inkstone.Math with Temml (a reference, not ground truth) on every line of inputs.txt.
/// Every difference must be listed with a reason in known-differences.json, and every listed difference must still occur.
/// </summary>
public sealed class DifferentialTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Differential");

    private sealed record GoldenEntry(string Tex, bool Display, string? Mathml, string? Error);

    private sealed record Golden(string Temml, List<GoldenEntry> Entries);

    private sealed record KnownDifference(string Tex, string Reason);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public void Every_difference_from_temml_is_known_and_every_known_difference_still_exists()
    {
        var golden = JsonSerializer.Deserialize<Golden>(File.ReadAllText(Path.Combine(Folder, "temml-golden.json")), Json)!;
        var known = JsonSerializer.Deserialize<List<KnownDifference>>(File.ReadAllText(Path.Combine(Folder, "known-differences.json")), Json)!;
        Assert.All(known, k => Assert.False(string.IsNullOrWhiteSpace(k.Reason), $"no reason given for {k.Tex}"));
        var knownTex = known.Select(k => k.Tex).ToHashSet(StringComparer.Ordinal);
        var compiler = new MathCompiler();
        var unexpected = new List<string>();
        var differing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in golden.Entries)
        {
            var html = compiler.CompileToString(entry.Tex, new MathRenderOptions { Display = entry.Display, Macros = new MathMacroTable() }, out var result);
            string ours, theirs;
            if (entry.Error is not null || result.RenderedAsError)
            {
                ours = result.RenderedAsError ? "error" : DifferentialNormalizer.Normalize(html);
                theirs = entry.Error is not null ? "error" : DifferentialNormalizer.Normalize(entry.Mathml!);
            }
            else
            {
                ours = DifferentialNormalizer.Normalize(html);
                theirs = DifferentialNormalizer.Normalize(entry.Mathml!);
            }
            if (ours == theirs)
            {
                continue;
            }
            differing.Add(entry.Tex);
            if (!knownTex.Contains(entry.Tex))
            {
                unexpected.Add($"{entry.Tex}\n  temml:    {theirs}\n  inkstone: {ours}");
            }
        }
        var stale = known.Where(k => !differing.Contains(k.Tex)).Select(k => k.Tex).ToList();
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} unexpected differences from Temml {golden.Temml}:\n" + string.Join("\n", unexpected));
        Assert.True(stale.Count == 0, "known differences that no longer occur (remove them):\n" + string.Join("\n", stale));
    }
}
