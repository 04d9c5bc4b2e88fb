using Inkstone.Building;
using Inkstone.FileSystem;
using Inkstone.Output;
using Inkstone.Testing;

namespace Inkstone.Tests.Markdown.Citations;

/// <summary>A post's cached rendering depends on the bibliographies it reads: editing, adding or removing one renders it again.</summary>
public sealed class CitationCacheTests : IDisposable
{
    private const string Site = """
        -- inkstone.yml --
        title: T
        base_url: https://example.org/
        language: en
        -- content/posts/cites.md --
        ---
        title: Cites
        date: 2025-01-01
        ---
        Shortest paths [@dijkstra1959].
        -- content/posts/plain.md --
        ---
        title: Plain
        date: 2025-01-02
        ---
        No citations here.
        """;

    private const string Bib = "@article{dijkstra1959, author = {Dijkstra, Edsger W.}, title = {A note on two problems}, journal = {Numerische Mathematik}, year = {1959}}";

    private readonly string _cache = Directory.CreateTempSubdirectory("inkstone-citations-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Fact]
    public void Editing_the_bibliography_renders_the_posts_that_cite_from_it_again()
    {
        var files = InlineSite.Parse(Site);
        files.Add("references.bib", Bib);
        Build(files);
        files.Add("references.bib", Bib.Replace("{Dijkstra, Edsger W.}", "{Dijkstra, E. W.}"));
        var (report, output) = Build(files);

        Assert.Equal(1, report.PostsFromCache);
        Assert.Contains("Dijkstra, E. W. (1959)", output.ReadText("posts/cites/index.html"));
    }

    [Fact]
    public void Adding_the_site_bibliography_turns_at_signs_into_citations_in_cached_posts()
    {
        var files = InlineSite.Parse(Site);
        var (first, firstOutput) = Build(files);
        Assert.Contains("[@dijkstra1959]", firstOutput.ReadText("posts/cites/index.html"));

        files.Add("references.bib", Bib);
        var (report, output) = Build(files);
        Assert.Equal(1, report.PostsFromCache);
        Assert.Contains("Dijkstra, 1959", output.ReadText("posts/cites/index.html"));
        Assert.Empty(first.Diagnostics);
    }

    private (BuildReport Report, MemoryOutput Output) Build(ISiteFileSystem files)
    {
        var output = new MemoryOutput();
        var report = SiteBuilder.Run(files, output, new BuildOptions { Now = BuiltSite.Now }, null, _cache);
        return (report, output);
    }
}
