using Inkstone.Building;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Inkstone.Testing;

namespace Inkstone.Tests.Limits;

/// <summary>A bug of Inkstone's met while one post is processed is still an internal error, but it names the post.</summary>
public sealed class InternalErrorTests
{
    [Fact]
    public void An_exception_while_rendering_a_post_is_an_internal_error_at_that_post()
    {
        var files = new ThrowingFileSystem(InlineSite.Parse("""
            -- inkstone.yml --
            title: 故障
            -- content/posts/a.md --
            ---
            title: A
            date: 2025-01-01
            ---
            ![图](fig.png)
            -- content/posts/fig.png --
            not a png
            """), "content/posts/fig.png");

        var report = SiteBuilder.Run(files, new Inkstone.Output.MemoryOutput(), new BuildOptions { Now = BuiltSite.Now });

        var error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticIds.InternalError, error.Id);
        Assert.Equal("content/posts/a.md", error.Location.ToString());
        Assert.Equal("Inkstone failed in its 'markdown' stage on 'content/posts/a.md': InvalidOperationException: the disk is on fire", error.Message);
    }

    private sealed class ThrowingFileSystem(MemoryFileSystem site, string failing) : ISiteFileSystem
    {
        public bool FileExists(string path) => site.FileExists(path);

        public bool DirectoryExists(string path) => site.DirectoryExists(path);

        public IReadOnlyList<string> EnumerateFiles(string directory) => site.EnumerateFiles(directory);

        public byte[] ReadAllBytes(string path) => path == failing ? throw new InvalidOperationException("the disk is on fire") : site.ReadAllBytes(path);

        public string FileStamp(string path) => site.FileStamp(path);

        public FileDate? FirstSeen(string path) => site.FirstSeen(path);
    }
}
