namespace Inkstone.Import.Tests;

/// <summary>
/// The fixture blogs in sites/import/ are built by their real engines (tests/engines/install.sh installs
/// them, pinned) and by Inkstone, unchanged and without an inkstone.yml; Inkstone must write every post,
/// page, list, redirect and feed URL the engine writes. Slow tier: <c>dotnet test --filter Category!=Engines</c>
/// leaves it out; a missing engine is a failure with instructions, never a skip.
/// </summary>
[Trait("Category", "Engines")]
public sealed class ForeignSiteUrlTests(RealEngineBuilds engines) : IClassFixture<RealEngineBuilds>, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-import-").FullName;

    public static TheoryData<string> Engines => new() { "jekyll", "hexo", "hugo", "mkdocs" };

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [MemberData(nameof(Engines))]
    public void Real_engine_still_writes_the_committed_urls(string engine)
    {
        var fixture = new ImportFixture(engine);
        var real = engines.For(fixture);
        real.AssertBuilt();

        AssertSameUrls(fixture, real);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Inkstone_writes_every_url_the_real_engine_writes(string engine)
    {
        var fixture = new ImportFixture(engine);
        var real = engines.For(fixture);
        real.AssertBuilt();
        AssertSameUrls(fixture, real);

        var site = Path.Combine(_root, "site");
        var output = Path.Combine(_root, "out");
        fixture.CopySiteTo(site);
        var inkstone = InkstoneCommand.Run("build", site, "-o", output);
        var listed = Directory.Exists(output) ? EngineScripts.ListUrls(output) : new CommandRun(0, "", "");
        Assert.True(listed.ExitCode == 0, "tests/engines/list-urls.sh failed on Inkstone's output:\n" + listed.Error);

        var comparison = UrlComparison.Of(fixture.ReadExpectedUrls(), UrlListing.Parse(listed.Out));
        if (inkstone.ExitCode != 0 || comparison.Missing.Count > 0)
        {
            Assert.Fail(comparison.Report(fixture.DisplayPath, real.EngineVersion, inkstone));
        }
    }

    /// <summary>The committed list is what the engine writes today; if not, the engine changed and the list must be refreshed first.</summary>
    private static void AssertSameUrls(ImportFixture fixture, RealEngineBuild real)
    {
        var expected = fixture.ReadExpectedUrls().Select(u => u.Url).ToHashSet(StringComparer.Ordinal);
        var written = real.Urls.ToHashSet(StringComparer.Ordinal);
        var gone = expected.Except(written).Order(StringComparer.Ordinal).ToList();
        var added = written.Except(expected).Order(StringComparer.Ordinal).ToList();
        if (gone.Count > 0 || added.Count > 0)
        {
            Assert.Fail(
                $"{real.EngineVersion} no longer writes the URLs in {fixture.DisplayPath}/expected-urls.txt for {fixture.DisplayPath}.\n" +
                $"No longer written ({gone.Count}):\n{string.Concat(gone.Select(u => $"  {u}\n"))}" +
                $"Newly written ({added.Count}):\n{string.Concat(added.Select(u => $"  {u}\n"))}" +
                $"If the engine changed on purpose, refresh the list with tests/engines/update-expected.sh {fixture.Engine} and classify the new lines.");
        }
    }
}
