using System.Diagnostics;
using CsCheck;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Inkstone.Math;
using Inkstone.Testing;
using Xunit.Abstractions;

namespace Inkstone.Tests.Fuzzing;

/// <summary>Allocation is measured for the whole process, so the fuzz tests run alone.</summary>
[CollectionDefinition(nameof(InputFuzzTests), DisableParallelization = true)]
public sealed class FuzzingCollection;

/// <summary>
/// Property-based fuzzing of everything a writer types: front matter (YAML, TOML, JSON), Markdown, TeX and
/// <c>inkstone.yml</c>. For any input a build must finish without an exception escaping and without an
/// internal error (INK0001, which has no line), within <see cref="TimeBound"/> and <see cref="MemoryBound"/>
/// of allocation. Each target runs for <c>INKSTONE_FUZZ_SECONDS</c> (12 by default; 48 s in all), so CI
/// runs it on every change; skip it while developing with <c>--filter Category!=Slow</c>. A failure prints
/// CsCheck's seed; what the fuzzer found is kept in <see cref="FuzzFindingTests"/>.
/// </summary>
[Trait("Category", "Slow")]
[Collection(nameof(InputFuzzTests))]
public sealed class InputFuzzTests(ITestOutputHelper output)
{
    public static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(10);

    public const long MemoryBound = 512L << 20;

    private static int Seconds => int.TryParse(Environment.GetEnvironmentVariable("INKSTONE_FUZZ_SECONDS"), out var s) && s > 0 ? s : 12;

    [Fact]
    public void Any_front_matter_builds_without_an_internal_error_in_bounded_time_and_memory() =>
        Fuzz("front matter", InputGenerators.FrontMatter, post => FuzzSite.Check("title: 模糊\n", post));

    [Fact]
    public void Any_markdown_builds_without_an_internal_error_in_bounded_time_and_memory() =>
        Fuzz("Markdown", InputGenerators.Markdown, post => FuzzSite.Check("title: 模糊\n", post));

    [Fact]
    public void Any_config_builds_without_an_internal_error_in_bounded_time_and_memory() =>
        Fuzz("inkstone.yml", InputGenerators.Config, config => FuzzSite.Check(config, "---\ntitle: A\ndate: 2025-01-01\ntags: [x]\n---\n正文 $x^2$。\n"));

    [Fact]
    public void Any_tex_compiles_or_reports_errors_without_an_exception_in_bounded_time_and_memory()
    {
        var compiler = new MathCompiler();
        Fuzz("TeX", InputGenerators.Tex, tex =>
        {
            foreach (var options in new[] { MathRenderOptions.Inline, MathRenderOptions.Block with { Macros = new MathMacroTable() } })
            {
                compiler.Compile(tex, new StringWriter(), options);
            }
        }, seconds: System.Math.Max(1, Seconds * 2 / 3));
    }

    private void Fuzz(string target, Gen<string> inputs, Action<string> check, int? seconds = null)
    {
        var executions = 0;
        inputs.Sample(input =>
        {
            Interlocked.Increment(ref executions);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var before = GC.GetTotalAllocatedBytes(precise: false);
            var clock = Stopwatch.StartNew();
            check(input);
            clock.Stop();
            var used = GC.GetTotalAllocatedBytes(precise: false) - before;
            Assert.True(clock.Elapsed < TimeBound, $"took {clock.Elapsed}");
            Assert.True(used < MemoryBound, $"allocated {used >> 20} MB");
        }, time: seconds ?? Seconds, threads: 1, print: Printable);
        output.WriteLine($"{target}: {executions} executions");
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "inkstone-fuzz-executions.txt"), $"{DateTime.UtcNow:O} {target}: {executions}\n");
    }

    private static string Printable(string input) => System.Text.Json.JsonSerializer.Serialize(input);
}

/// <summary>One fuzzed site: the config and one post, built in memory; anything but an ordinary report is a failure.</summary>
internal static class FuzzSite
{
    public static void Check(string config, string post)
    {
        var files = new MemoryFileSystem().Add("inkstone.yml", config).Add("content/posts/fuzz.md", post).Add("content/posts/other.md", "---\ntitle: 另一篇\ndate: 2024-12-31\n---\n[链接](./fuzz.md)\n");
        var built = BuiltSite.Build(files);
        var internalError = built.Diagnostics.FirstOrDefault(d => d.Id == DiagnosticIds.InternalError);
        Assert.True(internalError is null, internalError?.ToString());
        Assert.All(built.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Location.Path), d.ToString()));
    }
}
