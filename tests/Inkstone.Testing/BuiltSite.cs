using Inkstone.Building;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Inkstone.Output;

namespace Inkstone.Testing;

/// <summary>The result of building an inline site in memory: its output files and its report.</summary>
internal sealed class BuiltSite
{
    /// <summary>A fixed "now" so that future-post rules and dates do not depend on the day the tests run.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.FromHours(8));

    private BuiltSite(BuildReport report, MemoryOutput output)
    {
        Report = report;
        Output = output;
    }

    public BuildReport Report { get; }

    public MemoryOutput Output { get; }

    public IReadOnlyList<Diagnostic> Diagnostics => Report.Diagnostics;

    public IEnumerable<Diagnostic> Errors => Report.Diagnostics.Where(d => d.Severity == Severity.Error);

    public static BuiltSite Build(string site, BuildOptions? options = null) => Build(InlineSite.Parse(site), options);

    public static BuiltSite Build(ISiteFileSystem files, BuildOptions? options = null) => Build(files, null, options);

    /// <summary>Builds with the caches given, as a preview session's rebuild does (or with a stand-in for an external tool).</summary>
    public static BuiltSite Build(string site, BuildCaches caches, BuildOptions? options = null) => Build(InlineSite.Parse(site), caches, options);

    private static BuiltSite Build(ISiteFileSystem files, BuildCaches? caches, BuildOptions? options)
    {
        var output = new MemoryOutput();
        var report = SiteBuilder.Run(files, output, (options ?? new BuildOptions()) with { Now = options?.Now ?? Now }, caches);
        return new BuiltSite(report, output);
    }

    public bool Exists(string path) => Output.Files.ContainsKey(path);

    /// <summary>The text of an output file; fails the test with the list of files when it is missing.</summary>
    public string File(string path) =>
        Output.ReadText(path) ?? throw new InvalidOperationException(
            $"The build wrote no '{path}'. It wrote: {string.Join(", ", Output.Files.Keys.Order(StringComparer.Ordinal).Take(60))}\nDiagnostics: {string.Join("\n", Diagnostics)}");

    /// <summary>Fails with every diagnostic when the build reported any error.</summary>
    public BuiltSite AssertSucceeded()
    {
        if (!Report.Succeeded)
        {
            throw new InvalidOperationException("The build failed:\n" + string.Join("\n", Diagnostics));
        }

        return this;
    }
}
