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
/// of allocation. Each target runs for <c>INKSTONE_FUZZ_SECONDS</c> (12 by default; 56 s in all), so CI
/// runs it on every change; skip it while developing with <c>--filter Category!=Slow</c>. A failure prints
/// CsCheck's seed; an input that hangs is named by <see cref="FuzzWatchdog"/>, which ends the process; what the
/// fuzzer found is kept in <see cref="FuzzFindingTests"/>.
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
    public void Any_markdown_in_a_hugo_jekyll_or_mkdocs_site_builds_without_an_internal_error_in_bounded_time_and_memory() =>
        Fuzz("Markdown in imported sites", Gen.Select(Gen.Int[0, FuzzSite.Imported.Length - 1], InputGenerators.Markdown, (site, post) => $"{site}\u0000{post}"),
            sample => FuzzSite.CheckImported(sample));

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
        using var watchdog = new FuzzWatchdog(target, Printable);
        inputs.Sample(input =>
        {
            using var checking = watchdog.Checking(input);
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

    /// <summary>Sites of the engines whose Markdown dialects Inkstone reads: the config, and where a post goes.</summary>
    public static readonly (string Config, string Post)[] Imported =
    [
        ("hugo.toml\ntitle = \"模糊\"\n", "content/posts/fuzz.md"),
        ("_config.yml\ntitle: 模糊\nmarkdown: kramdown\n", "_posts/2025-01-01-fuzz.md"),
        ("mkdocs.yml\nsite_name: 模糊\nmarkdown_extensions:\n  - admonition\n  - pymdownx.details\n  - pymdownx.superfences\n  - pymdownx.tabbed\n  - pymdownx.arithmatex\n", "docs/fuzz.md"),
    ];

    /// <param name="sample">The index of the site in <see cref="Imported"/>, a NUL, and the post.</param>
    public static void CheckImported(string sample)
    {
        var split = sample.IndexOf('\0', StringComparison.Ordinal);
        var (config, postPath) = Imported[int.Parse(sample[..split], System.Globalization.CultureInfo.InvariantCulture)];
        var configName = config[..config.IndexOf('\n', StringComparison.Ordinal)];
        var files = new MemoryFileSystem().Add(configName, config[(configName.Length + 1)..]).Add(postPath, sample[(split + 1)..]);
        var built = BuiltSite.Build(files);
        var internalError = built.Diagnostics.FirstOrDefault(d => d.Id == DiagnosticIds.InternalError);
        Assert.True(internalError is null, internalError?.ToString());
    }
}
