using Inkstone.Building;
using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Limits;

/// <summary>A file name Inkstone would read as another path (a backslash, legal on Linux) is left out with a warning, not an internal error.</summary>
public sealed class UnpublishableNameTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-names-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_post_and_a_static_file_with_a_backslash_in_their_names_are_left_out_with_a_warning_each()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows has no such names.
        }

        var site = Path.Combine(_root, "site");
        InlineSite.WriteTo("-- inkstone.yml --\ntitle: 名字\n-- content/posts/a.md --\n---\ntitle: A\ndate: 2025-01-01\n---\n正文。\n", site);
        File.WriteAllText(Path.Combine(site, "content/posts", "b\\c.md"), "---\ntitle: B\ndate: 2025-01-01\n---\n正文。\n");
        Directory.CreateDirectory(Path.Combine(site, "static"));
        File.WriteAllText(Path.Combine(site, "static", "x\\y.txt"), "text");

        var report = SiteBuilder.Build(site, Path.Combine(_root, "public"), new BuildOptions { Now = BuiltSite.Now });

        Assert.True(report.Succeeded);
        Assert.Equal(
            ["content/posts/b\\c.md: warning INK0804: 'content/posts/b\\c.md' has a backslash in its name, which Inkstone reads as a folder separator; it is left out.",
             "static/x\\y.txt: warning INK0804: 'static/x\\y.txt' has a backslash in its name, which Inkstone reads as a folder separator; it is left out."],
            report.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(_root, "public/posts/a/index.html")));
    }
}
