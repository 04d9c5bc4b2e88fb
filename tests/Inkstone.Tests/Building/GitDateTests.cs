using System.Diagnostics;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

/// <summary>A site on disk in a real git repository: undated posts take the author date of the commit that added them.</summary>
public sealed class GitDateTests : IDisposable
{
    private readonly string _site = Directory.CreateTempSubdirectory("inkstone-git-").FullName;

    public void Dispose() => Directory.Delete(_site, recursive: true);

    [Fact]
    public void An_undated_post_in_a_git_repository_takes_the_date_of_the_commit_that_added_it()
    {
        InlineSite.WriteTo("""
            -- _config.yml --
            title: Git 日期
            -- source/_posts/first.md --
            ---
            title: 第一篇
            ---
            第一版。
            -- source/_posts/中文 名字.md --
            ---
            title: 中文名字
            ---
            正文。
            """, _site);
        Git("2024-05-06T07:08:09+02:00", "init", "-q");
        Git("2024-05-06T07:08:09+02:00", "add", "-A");
        Git("2024-05-06T07:08:09+02:00", "commit", "-q", "-m", "first");

        // A later edit and a later file: the edit does not move the first post's date; the new file gets the later one.
        File.AppendAllText(Path.Combine(_site, "source/_posts/first.md"), "第二版。\n");
        InlineSite.WriteTo("""
            -- source/_posts/second.md --
            ---
            title: 第二篇
            ---
            后来的。
            """, _site);
        Git("2025-01-02T03:04:05+00:00", "add", "-A");
        Git("2025-01-02T03:04:05+00:00", "commit", "-q", "-m", "second");

        var site = BuiltSite.Build(new PhysicalFileSystem(_site)).AssertSucceeded();

        Assert.True(site.Exists("2024/05/06/first/index.html"), string.Join("\n", site.Diagnostics));
        Assert.True(site.Exists("2024/05/06/中文 名字/index.html"), string.Join("\n", site.Diagnostics));
        Assert.True(site.Exists("2025/01/02/second/index.html"), string.Join("\n", site.Diagnostics));
        var warnings = site.Diagnostics.Where(d => d.Id == DiagnosticIds.PostWithoutDate).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.All(warnings, w => Assert.Contains("first commit", w.Message));
        Assert.Contains(warnings, w => w.Location.Path == "source/_posts/first.md" && w.Message.Contains("2024-05-06 05:08", StringComparison.Ordinal));
    }

    [Fact]
    public void A_site_in_a_folder_of_a_larger_repository_reads_the_dates_of_its_own_files()
    {
        InlineSite.WriteTo("""
            -- README.md --
            仓库说明
            -- blog/inkstone.yml --
            title: 子文件夹
            -- blog/content/posts/nested.md --
            ---
            title: 嵌套
            ---
            正文。
            """, _site);
        Git("2023-08-09T10:11:12+08:00", "init", "-q");
        Git("2023-08-09T10:11:12+08:00", "add", "-A");
        Git("2023-08-09T10:11:12+08:00", "commit", "-q", "-m", "first");

        var site = BuiltSite.Build(new PhysicalFileSystem(Path.Combine(_site, "blog"))).AssertSucceeded();

        var warning = Assert.Single(site.Diagnostics, d => d.Id == DiagnosticIds.PostWithoutDate);
        Assert.Contains("first commit", warning.Message);
        Assert.Contains("2023-08-09 02:11", warning.Message);
        Assert.Equal("2023-08-09", Html.Parse(site.File("index.html")).One(".h-entry time.dt-published").Text());
    }

    private void Git(string date, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = _site,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-c", "user.name=Inkstone Tests", "-c", "user.email=tests@inkstone.invalid", "-c", "commit.gpgsign=false" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_AUTHOR_DATE"] = date;
        start.Environment["GIT_COMMITTER_DATE"] = date;
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error.Result}");
    }
}
