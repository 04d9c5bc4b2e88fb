using Inkstone.Building;
using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Output;

/// <summary>
/// What the disk refuses while a site is published is a diagnostic (INK0701) at the source that made the
/// path, never an exception; the published site stays as it was, and the next build after the fix works.
/// </summary>
public sealed class PublishingErrorTests : IDisposable
{
    private const string Site = """
        -- inkstone.yml --
        title: 出错
        base_url: https://example.org/
        -- content/posts/heap.md --
        ---
        title: 堆排序
        date: 2025-01-01
        ---
        建堆。
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-publish-errors-").FullName;

    public PublishingErrorTests() => InlineSite.WriteTo(Site, SiteFolder);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string SiteFolder => Path.Combine(_root, "site");

    private string Output => Path.Combine(SiteFolder, "public");

    private BuildReport Build() => SiteBuilder.Build(SiteFolder, Output, new BuildOptions { Now = BuiltSite.Now });

    private void Write(string path, string text)
    {
        var full = Path.Combine(SiteFolder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static Diagnostic OnlyError(BuildReport report) => Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);

    [Fact]
    public void A_tag_longer_than_a_file_name_can_be_is_an_error_at_the_tags_line_and_the_site_stays()
    {
        Assert.True(Build().Succeeded);
        var published = FolderSnapshot.Take(Output);
        Write("content/posts/long.md", $"---\ntitle: 长标签\ndate: 2025-01-02\ntags: [{new string('标', 90)}]\n---\n正文。\n");

        var error = OnlyError(Build());

        Assert.Equal(DiagnosticIds.OutputNotWritable, error.Id);
        Assert.Equal("content/posts/long.md:4:7", error.Location.ToString());
        Assert.Contains("270 bytes", error.Message);
        Assert.True(FolderSnapshot.Take(Output).SameAs(published));

        File.Delete(Path.Combine(SiteFolder, "content/posts/long.md"));
        Assert.True(Build().Succeeded);
    }

    [Fact]
    public void A_permalink_that_makes_a_folder_of_the_feeds_file_is_an_error_not_a_crash()
    {
        Assert.True(Build().Succeeded);
        var published = FolderSnapshot.Take(Output);
        Write("content/posts/feed.md", "---\ntitle: 冒名的订阅\ndate: 2025-01-02\npermalink: /atom.xml/\n---\n正文。\n");

        var error = OnlyError(Build());

        Assert.Equal(DiagnosticIds.OutputNotWritable, error.Id);
        Assert.Equal("content/posts/feed.md:4:12", error.Location.ToString());
        Assert.Contains("'atom.xml' is written as a file and is also the folder", error.Message);
        Assert.True(FolderSnapshot.Take(Output).SameAs(published));

        File.Delete(Path.Combine(SiteFolder, "content/posts/feed.md"));
        Assert.True(Build().Succeeded);
        Assert.True(File.Exists(Path.Combine(Output, "atom.xml")));
    }

    [Fact]
    public void An_io_error_in_publishing_is_a_diagnostic_at_the_output_folder_and_the_site_stays()
    {
        Assert.True(Build().Succeeded);
        var published = FolderSnapshot.Take(Output);
        File.WriteAllText(Path.Combine(SiteFolder, ".public.previous"), "a file where Inkstone keeps the previous build");

        var report = Build();

        var error = OnlyError(report);
        Assert.Equal(DiagnosticIds.OutputNotWritable, error.Id);
        Assert.Equal("public", error.Location.ToString());
        Assert.StartsWith("Inkstone could not publish the site into its output folder:", error.Message);
        Assert.Equal(1, report.Posts);
        Assert.True(FolderSnapshot.Take(Output).SameAs(published));

        File.Delete(Path.Combine(SiteFolder, ".public.previous"));
        Assert.True(Build().Succeeded);
    }

    [Fact]
    public void The_site_may_publish_dot_files_at_the_top_and_they_go_when_the_site_drops_them()
    {
        Write("static/.nojekyll", "");
        Write("static/.well-known/security.txt", "Contact: mailto:me@example.org\n");
        Assert.True(Build().Succeeded);
        Assert.True(File.Exists(Path.Combine(Output, ".nojekyll")));
        Assert.True(Build().Succeeded);

        File.Delete(Path.Combine(SiteFolder, "static/.nojekyll"));
        Directory.Delete(Path.Combine(SiteFolder, "static/.well-known"), recursive: true);
        Assert.True(Build().Succeeded);

        Assert.False(File.Exists(Path.Combine(Output, ".nojekyll")));
        Assert.False(Directory.Exists(Path.Combine(Output, ".well-known")));
    }

    [Fact]
    public void A_build_never_writes_into_the_writers_own_dot_entry_at_the_top_of_the_output()
    {
        Assert.True(Build().Succeeded);
        Directory.CreateDirectory(Path.Combine(Output, ".git"));
        File.WriteAllText(Path.Combine(Output, ".git", "config"), "[core]\n");
        Write("static/.git/config", "[core]\n\tsshCommand = evil\n");

        var error = OnlyError(Build());

        Assert.Equal(DiagnosticIds.OutputNotWritable, error.Id);
        Assert.Equal("static/.git/config", error.Location.Path);
        Assert.Contains("which is not Inkstone's", error.Message);
        Assert.Equal("[core]\n", File.ReadAllText(Path.Combine(Output, ".git", "config")));
    }
}
