using System.Collections.Concurrent;

namespace Inkstone.Import.Tests;

/// <summary>Builds each fixture with its real engine once per test run, for every test that needs the result.</summary>
public sealed class RealEngineBuilds : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-engines-").FullName;
    private readonly ConcurrentDictionary<string, Lazy<RealEngineBuild>> _builds = new();

    internal RealEngineBuild For(ImportFixture fixture) =>
        _builds.GetOrAdd(fixture.Engine, _ => new Lazy<RealEngineBuild>(() => Build(fixture))).Value;

    private RealEngineBuild Build(ImportFixture fixture)
    {
        var output = Path.Combine(_root, fixture.Engine);
        var run = EngineScripts.PageUrls(fixture.Engine, fixture.Folder, output);
        return new RealEngineBuild(fixture, run, run.ExitCode == 0 ? UrlListing.Parse(run.Out) : [], output);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
