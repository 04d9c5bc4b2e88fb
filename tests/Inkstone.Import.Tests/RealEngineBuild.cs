namespace Inkstone.Import.Tests;

/// <summary>A fixture built by the real engine in this test run: what page-urls.sh printed, the URLs it listed, and the folder it wrote.</summary>
internal sealed record RealEngineBuild(ImportFixture Fixture, CommandRun Run, IReadOnlyList<string> Urls, string Output)
{
    /// <summary>The engine's version line (page-urls.sh prints it first on stderr).</summary>
    public string EngineVersion => Run.Error.Split('\n', 2)[0].Trim();

    public bool EngineMissing => Run.ExitCode == EngineScripts.EngineMissing;

    /// <summary>Fails the test, with what to do, unless the engine built the site.</summary>
    public void AssertBuilt()
    {
        if (EngineMissing)
        {
            Assert.Fail(
                $"The real {Fixture.Engine} is not installed, so Inkstone's URLs for {Fixture.DisplayPath} cannot be compared with it.\n" +
                "Install the pinned engines (Debian 12, as root): tests/engines/install.sh\n" +
                "or leave this slow tier out: dotnet test --filter Category!=Engines\n\n" + Run.Error);
        }

        if (Run.ExitCode != 0)
        {
            Assert.Fail($"{Fixture.Engine} could not build {Fixture.DisplayPath} (tests/engines/page-urls.sh exited with {Run.ExitCode}):\n{Run.Error}");
        }
    }
}
