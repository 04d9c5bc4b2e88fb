using Inkstone.Building;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Inkstone.Output;
using Inkstone.Testing;

namespace Inkstone.Tests.FileSystem;

/// <summary>
/// A site is its folder: a symbolic link in it that leads outside is neither listed nor read (so nothing
/// outside, such as /proc/self/environ or /etc/shadow, is ever published) unless <c>follow_links: true</c>,
/// and is a warning naming the link. Loops of links are reported and never followed; a link to nothing
/// is a warning, not an internal error.
/// </summary>
public sealed class SiteBoundaryTests : IDisposable
{
    private const string Site = """
        -- inkstone.yml --
        title: 边界
        -- content/posts/bundle/index.md --
        ---
        title: 一个页面包
        date: 2025-01-01
        ---
        正文。
        -- content/posts/plain.md --
        ---
        title: 普通的一篇
        date: 2025-01-02
        ---
        正文。
        -- static/robots-extra.txt --
        static file
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-boundary-").FullName;

    public SiteBoundaryTests()
    {
        InlineSite.WriteTo(Site, SiteFolder);
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Outside, "secret.txt"), "SECRET=hunter2\n");
        Directory.CreateDirectory(Path.Combine(Outside, "notes"));
        File.WriteAllText(Path.Combine(Outside, "notes", "outside.md"), "---\ntitle: 外面的笔记\ndate: 2025-01-03\n---\n正文。\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string SiteFolder => Path.Combine(_root, "site");

    private string Outside => Path.Combine(_root, "outside");

    private string In(string path) => Path.Combine(SiteFolder, path);

    private (BuildReport Report, MemoryOutput Output) Build()
    {
        var output = new MemoryOutput();
        var report = SiteBuilder.Run(new PhysicalFileSystem(SiteFolder), output, new BuildOptions { Now = BuiltSite.Now });
        return (report, output);
    }

    private static bool Published(MemoryOutput output, string secret) =>
        output.Files.Values.Any(bytes => System.Text.Encoding.UTF8.GetString(bytes).Contains(secret, StringComparison.Ordinal));

    [Fact]
    public void A_bundle_file_linked_outside_the_site_is_not_published_and_is_a_warning_naming_the_link()
    {
        File.CreateSymbolicLink(In("content/posts/bundle/env.txt"), "/proc/self/environ");
        File.CreateSymbolicLink(In("content/posts/bundle/secret.txt"), Path.Combine(Outside, "secret.txt"));

        var (report, output) = Build();

        Assert.True(report.Succeeded);
        Assert.False(output.Files.ContainsKey("posts/bundle/env.txt"));
        Assert.False(output.Files.ContainsKey("posts/bundle/secret.txt"));
        Assert.False(Published(output, "hunter2"));
        var warning = Assert.Single(report.Diagnostics, d => d.Location.Path == "content/posts/bundle/env.txt");
        Assert.Equal((DiagnosticIds.LinkLeavesSite, Severity.Warning), (warning.Id, warning.Severity));
        Assert.Contains("'/proc/self/environ'", warning.Message);
        Assert.Contains("follow_links: true", warning.Hint);
        Assert.Contains(report.Diagnostics, d => d.Location.Path == "content/posts/bundle/secret.txt" && d.Id == DiagnosticIds.LinkLeavesSite);
    }

    [Fact]
    public void A_static_file_linked_to_a_secret_is_not_copied()
    {
        File.CreateSymbolicLink(In("static/shadow"), Path.Combine(Outside, "secret.txt"));

        var (report, output) = Build();

        Assert.False(output.Files.ContainsKey("shadow"));
        Assert.Contains(report.Diagnostics, d => d.Location.Path == "static/shadow" && d.Id == DiagnosticIds.LinkLeavesSite);
    }

    [Fact]
    public void A_content_folder_linked_outside_the_site_is_read_only_with_follow_links()
    {
        Directory.CreateSymbolicLink(In("content/posts/notes"), Path.Combine(Outside, "notes"));

        var (without, _) = Build();
        Assert.Equal(2, without.Posts);
        Assert.Contains(without.Diagnostics, d => d.Location.Path == "content/posts/notes" && d.Id == DiagnosticIds.LinkLeavesSite);

        File.AppendAllText(In("inkstone.yml"), "follow_links: true\n");
        var (with, output) = Build();
        Assert.Equal(3, with.Posts);
        Assert.DoesNotContain(with.Diagnostics, d => d.Id == DiagnosticIds.LinkLeavesSite);
        Assert.True(output.Files.ContainsKey("posts/outside/index.html"));
    }

    [Fact]
    public void A_link_inside_the_site_to_a_file_inside_the_site_is_followed()
    {
        File.CreateSymbolicLink(In("static/copy.txt"), "robots-extra.txt");

        var (report, output) = Build();

        Assert.Equal("static file\n", output.ReadText("copy.txt"));
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Warning);
    }

    [Fact]
    public void A_link_loop_in_content_or_static_is_reported_and_never_followed()
    {
        Directory.CreateSymbolicLink(In("content/posts/again"), "..");
        Directory.CreateDirectory(In("static/a"));
        Directory.CreateDirectory(In("static/b"));
        Directory.CreateSymbolicLink(In("static/a/to-b"), "../b");
        Directory.CreateSymbolicLink(In("static/b/to-a"), "../a");
        File.CreateSymbolicLink(In("static/ping"), "pong");
        File.CreateSymbolicLink(In("static/pong"), "ping");

        var (report, output) = Build();

        Assert.True(report.Succeeded);
        Assert.Equal(2, report.Posts);
        Assert.Contains(report.Diagnostics, d => d.Location.Path == "content/posts/again" && d.Id == DiagnosticIds.LinkLoop);
        Assert.Contains(report.Diagnostics, d => d.Location.Path == "static/ping" && d.Id == DiagnosticIds.LinkLoop);
        Assert.Contains(report.Diagnostics, d => d.Id == DiagnosticIds.LinkLoop && d.Location.Path.EndsWith("to-a", StringComparison.Ordinal));
        Assert.True(output.Files.Count < 200);
    }

    [Fact]
    public void A_dangling_link_in_static_is_a_warning_not_an_internal_error()
    {
        File.CreateSymbolicLink(In("static/missing.png"), "nothing-here.png");

        var (report, _) = Build();

        Assert.True(report.Succeeded);
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == DiagnosticIds.InternalError);
        var warning = Assert.Single(report.Diagnostics, d => d.Location.Path == "static/missing.png");
        Assert.Equal((DiagnosticIds.LinkDangling, Severity.Warning), (warning.Id, warning.Severity));
    }

    [Fact]
    public void An_image_linked_outside_the_site_is_not_read_and_is_reported_missing()
    {
        File.WriteAllText(In("content/posts/plain.md"), "---\ntitle: 普通的一篇\ndate: 2025-01-02\n---\n![图](figure.png)\n");
        File.CreateSymbolicLink(In("content/posts/figure.png"), Path.Combine(Outside, "secret.txt"));

        var (report, _) = Build();

        Assert.Contains(report.Diagnostics, d => d.Location.Path == "content/posts/plain.md" && d.Id == DiagnosticIds.MissingImage);
        Assert.Contains(report.Diagnostics, d => d.Location.Path == "content/posts/figure.png" && d.Id == DiagnosticIds.LinkLeavesSite);
    }
}
