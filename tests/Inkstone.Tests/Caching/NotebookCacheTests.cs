using Inkstone.Building;
using Inkstone.FileSystem;
using Inkstone.Output;
using Inkstone.Testing;

namespace Inkstone.Tests.Caching;

/// <summary>A notebook post takes part in the render cache like a Markdown post: kept while unchanged, rendered again when an output changes.</summary>
public sealed class NotebookCacheTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(RepositoryPaths.Root, "tests", "Inkstone.Tests", "Content", "Notebooks", "every-output.ipynb");

    private readonly string _cache = Directory.CreateTempSubdirectory("inkstone-nb-cache-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    private static MemoryFileSystem Site(string notebook) =>
        InlineSite.Parse("-- inkstone.yml --\ntitle: T\nbase_url: https://example.org/\n").Add("content/posts/every-output.ipynb", notebook);

    [Fact]
    public void A_second_build_takes_the_notebook_from_the_cache_writes_the_same_files_and_reports_the_same_problems()
    {
        var files = Site(File.ReadAllText(Fixture));
        var (first, firstOutput) = Build(files);
        var (second, secondOutput) = Build(files);

        Assert.Equal(0, first.PostsFromCache);
        Assert.Equal(1, second.PostsFromCache);
        Assert.Equal(firstOutput.Files.Keys.Order(StringComparer.Ordinal), secondOutput.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(firstOutput.Files, f => Assert.True(f.Value.AsSpan().SequenceEqual(secondOutput.Files[f.Key]), f.Key));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public void Changing_an_output_renders_the_notebook_again_and_publishes_the_new_image()
    {
        var notebook = File.ReadAllText(Fixture);
        Build(Site(notebook));
        var (report, output) = Build(Site(notebook.Replace("to stdout\\n\"", "changed stdout\\n\"", StringComparison.Ordinal)));

        Assert.Equal(0, report.PostsFromCache);
        Assert.Contains("changed stdout", output.ReadText("posts/every-output/index.html"), StringComparison.Ordinal);
    }

    private (BuildReport Report, MemoryOutput Output) Build(ISiteFileSystem files)
    {
        var output = new MemoryOutput();
        var report = SiteBuilder.Run(files, output, new BuildOptions { Now = BuiltSite.Now }, null, _cache);
        return (report, output);
    }
}
