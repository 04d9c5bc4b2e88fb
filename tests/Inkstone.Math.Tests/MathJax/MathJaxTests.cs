using System.Text.Json;
using Inkstone.Math.Tests.Differential;

namespace Inkstone.Math.Tests.MathJax;

/// <summary>
/// TeX written for MathJax, checked against MathJax itself (mathjax-golden.json, rendered from inputs.txt by the
/// pinned @mathjax/src in package.json): everything MathJax accepts compiles, and the element structure and characters
/// agree after the normalisation of the Temml comparison. Every difference is listed with a reason in
/// known-differences.json, and every listed difference must still occur.
/// </summary>
public sealed class MathJaxTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "MathJax");

    private sealed record GoldenEntry(string Tex, bool Display, string? Mathml, string? Error);

    private sealed record Golden(string MathJax, List<GoldenEntry> Entries);

    private sealed record KnownDifference(string Tex, string Reason);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public void What_MathJax_accepts_compiles_and_every_difference_from_MathJax_is_known()
    {
        var golden = JsonSerializer.Deserialize<Golden>(File.ReadAllText(Path.Combine(Folder, "mathjax-golden.json")), Json)!;
        var known = JsonSerializer.Deserialize<List<KnownDifference>>(File.ReadAllText(Path.Combine(Folder, "known-differences.json")), Json)!;
        Assert.All(known, k => Assert.False(string.IsNullOrWhiteSpace(k.Reason), $"no reason given for {k.Tex}"));
        var knownTex = known.Select(k => k.Tex).ToHashSet(StringComparer.Ordinal);
        var compiler = new MathCompiler();
        var failures = new List<string>();
        var differing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in golden.Entries)
        {
            Assert.Null(entry.Error);
            var html = compiler.CompileToString(entry.Tex, new MathRenderOptions { Display = entry.Display, Macros = new MathMacroTable() }, out var result);
            if (result.Errors.Count > 0)
            {
                failures.Add($"{entry.Tex}\n  MathJax accepts it; Inkstone: {result.Errors[0].Message}");
                continue;
            }
            var ours = DifferentialNormalizer.Normalize(html);
            var theirs = DifferentialNormalizer.Normalize(entry.Mathml!);
            if (ours == theirs)
            {
                continue;
            }
            differing.Add(entry.Tex);
            if (!knownTex.Contains(entry.Tex))
            {
                failures.Add($"{entry.Tex}\n  mathjax:  {theirs}\n  inkstone: {ours}");
            }
        }
        var stale = known.Where(k => !differing.Contains(k.Tex)).Select(k => k.Tex).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} unexpected differences from MathJax {golden.MathJax}:\n" + string.Join("\n", failures));
        Assert.True(stale.Count == 0, "known differences that no longer occur (remove them):\n" + string.Join("\n", stale));
    }
}
