using Inkstone.Testing;

namespace Inkstone.Import.Tests;

/// <summary>One of the fixture blogs in sites/import/: a site as a writer coming from ENGINE has it.</summary>
internal sealed class ImportFixture(string engine)
{
    /// <summary>The files at the top of a fixture that describe it and are not part of the site.</summary>
    private static readonly HashSet<string> FixtureFiles = ["README.md", "expected-urls.txt"];

    public string Engine { get; } = engine;

    public string Folder => Path.Combine(RepositoryPaths.Sites, "import", Engine);

    public string ExpectedUrlsFile => Path.Combine(Folder, "expected-urls.txt");

    public string DisplayPath => $"sites/import/{Engine}";

    public IReadOnlyList<ExpectedUrl> ReadExpectedUrls() => ExpectedUrls.Read(ExpectedUrlsFile);

    /// <summary>Copies the site, without the fixture's own description, so that no build writes into the repository.</summary>
    public void CopySiteTo(string destination)
    {
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Folder, file);
            if (FixtureFiles.Contains(relative))
            {
                continue;
            }

            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Builds a copy of the site with Inkstone under <paramref name="root"/>; returns the output folder.</summary>
    public string BuildWithInkstone(string root)
    {
        var site = Path.Combine(root, "site");
        var output = Path.Combine(root, "out");
        CopySiteTo(site);
        var inkstone = InkstoneCommand.Run("build", site, "-o", output);
        Assert.True(inkstone.ExitCode == 0, inkstone.Error);
        return output;
    }

    public override string ToString() => Engine;
}
