using Inkstone.Building;
using Inkstone.Output;

namespace Inkstone.Tests.Output;

public sealed class AtomicOutputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-atomic-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Site => Path.Combine(_root, "site");

    private string Output => Path.Combine(_root, "site", "public");

    private void Write(string path, string text)
    {
        var full = Path.Combine(Site, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        Write("inkstone.yml", "title: T\n");
        Write("content/posts/a.md", "---\ntitle: 好的文章\ndate: 2025-01-01\n---\n正文\n");
        Assert.True(SiteBuilder.Build(Site, Output, new BuildOptions()).Succeeded);
        var before = File.ReadAllText(Path.Combine(Output, "posts/a/index.html"));

        Write("content/posts/b.md", "---\ntitle: 坏的\ndate: 2025-99-01\n---\n");
        Write("content/posts/a.md", "---\ntitle: 改过的文章\ndate: 2025-01-01\n---\n正文\n");
        var failed = SiteBuilder.Build(Site, Output, new BuildOptions());

        Assert.False(failed.Succeeded);
        Assert.Equal(before, File.ReadAllText(Path.Combine(Output, "posts/a/index.html")));
        Assert.False(Directory.Exists(Path.Combine(Output, "posts/b")));
        Assert.Empty(Directory.EnumerateDirectories(Site, ".public.staging-*"));
    }

    [Fact]
    public void A_successful_build_replaces_the_output_and_removes_stale_files()
    {
        Write("inkstone.yml", "title: T\n");
        Write("content/posts/old.md", "---\ntitle: 旧\ndate: 2025-01-01\n---\n");
        SiteBuilder.Build(Site, Output, new BuildOptions());
        File.Delete(Path.Combine(Site, "content/posts/old.md"));
        Write("content/posts/new.md", "---\ntitle: 新\ndate: 2025-01-02\n---\n");

        Assert.True(SiteBuilder.Build(Site, Output, new BuildOptions()).Succeeded);
        Assert.True(File.Exists(Path.Combine(Output, "posts/new/index.html")));
        Assert.False(Directory.Exists(Path.Combine(Output, "posts/old")));
        // .inkstone holds the build cache and .public.previous the previous build, which the next one reuses; nothing else is left.
        Assert.Equal(new[] { ".inkstone", ".public.previous", "public", "content", "inkstone.yml" }.Order(StringComparer.Ordinal), Directory.EnumerateFileSystemEntries(Site).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_rebuild_keeps_the_files_whose_bytes_did_not_change_and_rewrites_the_others()
    {
        Write("inkstone.yml", "title: T\n");
        Write("content/posts/a.md", "---\ntitle: 甲\ndate: 2025-01-01\n---\n不变的正文\n");
        Write("content/posts/b.md", "---\ntitle: 乙\ndate: 2025-01-02\n---\n第一版\n");
        Assert.True(SiteBuilder.Build(Site, Output, new BuildOptions()).Succeeded);
        var unchanged = Path.Combine(Output, "posts/a/index.html");
        var changed = Path.Combine(Output, "posts/b/index.html");
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(unchanged, stamp);
        File.SetLastWriteTimeUtc(changed, stamp);

        Write("content/posts/b.md", "---\ntitle: 乙\ndate: 2025-01-02\n---\n第二版\n");
        Assert.True(SiteBuilder.Build(Site, Output, new BuildOptions()).Succeeded);

        Assert.Equal(stamp, File.GetLastWriteTimeUtc(unchanged));
        Assert.Contains("不变的正文", File.ReadAllText(unchanged));
        Assert.NotEqual(stamp, File.GetLastWriteTimeUtc(changed));
        Assert.Contains("第二版", File.ReadAllText(changed));
    }

    /// <summary>An output over a published site that holds one file.</summary>
    private IPublishingOutput OpenOverPublished(string file, string text)
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, file), text);
        return IPublishingOutput.Open(Output);
    }

    [Fact]
    public void A_path_written_twice_never_writes_through_to_the_published_file()
    {
        using (var output = OpenOverPublished("a.txt", "published"))
        {
            output.WriteText("a.txt", "published");
            output.WriteText("a.txt", "second write");

            // Not committed: the published site must be as it was.
        }

        Assert.Equal("published", File.ReadAllText(Path.Combine(Output, "a.txt")));
        Assert.Empty(Directory.EnumerateDirectories(Site, ".public.staging-*"));
    }

    [Fact]
    public void The_last_write_of_a_path_is_the_one_published()
    {
        using (var output = OpenOverPublished("a.txt", "published"))
        {
            output.WriteText("a.txt", "first write");
            output.WriteText("a.txt", "published");
            output.WriteText("b/c.txt", "new");
            output.WriteText("b/c.txt", "newer");
            output.Commit();
        }

        Assert.Equal("published", File.ReadAllText(Path.Combine(Output, "a.txt")));
        Assert.Equal("newer", File.ReadAllText(Path.Combine(Output, "b/c.txt")));
    }

    [Fact]
    public void A_rebuild_turns_files_into_folders_and_folders_into_files()
    {
        Directory.CreateDirectory(Path.Combine(Output, "was-folder/deep"));
        File.WriteAllText(Path.Combine(Output, "was-folder/deep/x.html"), "old");
        File.WriteAllText(Path.Combine(Output, "was-file"), "old");
        Directory.CreateDirectory(Path.Combine(Output, "gone/deeper"));
        File.WriteAllText(Path.Combine(Output, "gone/deeper/y.html"), "old");
        File.WriteAllText(Path.Combine(Output, "kept.html"), "same");

        using (var output = IPublishingOutput.Open(Output))
        {
            output.WriteText("was-folder", "now a file");
            output.WriteText("was-file/index.html", "now in a folder");
            output.WriteText("kept.html", "same");
            output.Commit();
        }

        Assert.Equal("now a file", File.ReadAllText(Path.Combine(Output, "was-folder")));
        Assert.Equal("now in a folder", File.ReadAllText(Path.Combine(Output, "was-file/index.html")));
        Assert.Equal("same", File.ReadAllText(Path.Combine(Output, "kept.html")));
        Assert.False(Directory.Exists(Path.Combine(Output, "gone")));
        Assert.Equal(3, Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Count(f => Path.GetFileName(f) != OutputMarker.FileName));
    }

    [Fact]
    public void A_rebuild_leaves_a_git_folder_at_the_top_of_the_output_alone()
    {
        Write("inkstone.yml", "title: T\n");
        Write("content/posts/a.md", "---\ntitle: 甲\ndate: 2025-01-01\n---\n正文\n");
        Assert.True(SiteBuilder.Build(Site, Output, new BuildOptions()).Succeeded);
        Directory.CreateDirectory(Path.Combine(Output, ".git/objects"));
        File.WriteAllText(Path.Combine(Output, ".git/HEAD"), "ref: refs/heads/gh-pages\n");
        File.WriteAllText(Path.Combine(Output, "posts/stale.html"), "not the site's");

        Assert.True(SiteBuilder.Build(Site, Output, new BuildOptions()).Succeeded);

        Assert.Equal("ref: refs/heads/gh-pages\n", File.ReadAllText(Path.Combine(Output, ".git/HEAD")));
        Assert.True(Directory.Exists(Path.Combine(Output, ".git/objects")));
        Assert.False(File.Exists(Path.Combine(Output, "posts/stale.html")));
    }

    [Fact]
    public void The_writers_dot_entries_of_every_kind_survive_rebuilds_as_they_were()
    {
        Write("inkstone.yml", "title: T\n");
        Write("content/posts/a.md", "---\ntitle: 甲\ndate: 2025-01-01\n---\n正文\n");
        Assert.True(SiteBuilder.Build(Site, Output, new BuildOptions()).Succeeded);
        var acme = Path.Combine(_root, "acme");
        Directory.CreateDirectory(acme);
        File.WriteAllText(Path.Combine(acme, "token"), "challenge");
        File.WriteAllText(Path.Combine(Output, ".git"), "gitdir: ../.git/worktrees/public\n");
        Directory.CreateSymbolicLink(Path.Combine(Output, ".well-known"), acme);
        File.CreateSymbolicLink(Path.Combine(Output, ".dangling"), "nowhere");

        for (var i = 0; i < 3; i++)
        {
            Write("content/posts/a.md", $"---\ntitle: 甲\ndate: 2025-01-01\n---\n第 {i} 版\n");
            Assert.True(SiteBuilder.Build(Site, Output, new BuildOptions()).Succeeded);
        }

        Assert.Equal("gitdir: ../.git/worktrees/public\n", File.ReadAllText(Path.Combine(Output, ".git")));
        Assert.Equal(acme, new DirectoryInfo(Path.Combine(Output, ".well-known")).LinkTarget);
        Assert.Equal("nowhere", new FileInfo(Path.Combine(Output, ".dangling")).LinkTarget);
        Assert.Equal(["token"], Directory.EnumerateFiles(acme).Select(Path.GetFileName));
    }

    [Fact]
    public void A_symbolic_link_in_the_published_site_is_never_written_through()
    {
        var outside = Path.Combine(_root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "index.html"), "not the site's");
        Directory.CreateDirectory(Output);
        Directory.CreateSymbolicLink(Path.Combine(Output, "posts"), outside);
        File.CreateSymbolicLink(Path.Combine(Output, "page.html"), Path.Combine(outside, "index.html"));
        File.CreateSymbolicLink(Path.Combine(Output, "stale.html"), Path.Combine(outside, "index.html"));

        using (var output = IPublishingOutput.Open(Output))
        {
            output.WriteText("posts/index.html", "the site's");
            output.WriteText("page.html", "not the site's");
            output.Commit();
        }

        Assert.Equal("not the site's", File.ReadAllText(Path.Combine(outside, "index.html")));
        Assert.Null(new DirectoryInfo(Path.Combine(Output, "posts")).LinkTarget);
        Assert.Equal("the site's", File.ReadAllText(Path.Combine(Output, "posts/index.html")));
        Assert.Null(new FileInfo(Path.Combine(Output, "page.html")).LinkTarget);
        Assert.False(File.Exists(Path.Combine(Output, "stale.html")));
        Assert.Single(Directory.EnumerateFiles(outside));
    }

    [Fact]
    public void A_build_into_a_folder_whose_parents_do_not_exist_yet_makes_them()
    {
        Write("inkstone.yml", "title: T\n");
        Write("content/posts/a.md", "---\ntitle: 甲\ndate: 2025-01-01\n---\n正文\n");
        var deep = Path.Combine(Site, ".inkstone", "serve");

        Assert.True(SiteBuilder.Build(Site, deep, new BuildOptions()).Succeeded);
        Assert.True(File.Exists(Path.Combine(deep, "posts/a/index.html")));
    }

    [Fact]
    public void Nothing_is_written_outside_the_output_folder_whatever_a_permalink_says()
    {
        Write("inkstone.yml", "title: T\n");
        Write("content/posts/evil.md", "---\ntitle: x\npermalink: ../../../escaped/\n---\n");
        var report = SiteBuilder.Build(Site, Output, new BuildOptions());
        Assert.False(report.Succeeded);
        Assert.False(Directory.Exists(Path.Combine(_root, "escaped")));
        Assert.False(Directory.Exists(Path.Combine(Site, "escaped")));
    }
}
