using Inkstone.Building;
using Inkstone.Output;
using Inkstone.Testing;

namespace Inkstone.Tests.Output;

/// <summary>
/// A build stopped at any change it makes while publishing leaves the old site published (or, stopped after
/// the swap, the new one), and the next build mends what is left and publishes the new one. (The crash-consistency test in Inkstone.Cli.Tests
/// does the same with a real process killed by SIGKILL.)
/// </summary>
public sealed class PublishingRecoveryTests : IDisposable
{
    private const string OldSite = """
        -- inkstone.yml --
        title: 恢复
        base_url: https://example.org/
        -- content/posts/heap.md --
        ---
        title: 堆排序
        date: 2025-01-01
        tags: [堆]
        ---
        建堆的复杂度是 $O(n)$。
        -- content/posts/gone.md --
        ---
        title: 将被删除
        date: 2025-01-02
        ---
        这一篇在新版里没有了。
        -- static/notes --
        a file that becomes a folder
        """;

    private const string NewSite = """
        -- inkstone.yml --
        title: 恢复
        base_url: https://example.org/
        -- content/posts/heap.md --
        ---
        title: 堆排序
        date: 2025-01-01
        tags: [堆, 排序]
        ---
        建堆的复杂度是 $O(n)$，改过了。
        -- content/posts/new.md --
        ---
        title: 新的一篇
        date: 2025-01-03
        ---
        新内容。
        -- static/notes/index.html --
        <p>now a folder</p>
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-recovery-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Site => Path.Combine(_root, "site");

    private string Output => Path.Combine(Site, "public");

    private sealed class StoppedHere : Exception;

    private BuildReport Build(string site, int stopAt = 0)
    {
        if (Directory.Exists(Path.Combine(Site, "content")))
        {
            Directory.Delete(Path.Combine(Site, "content"), recursive: true);
            Directory.Delete(Path.Combine(Site, "static"), recursive: true);
        }

        InlineSite.WriteTo(site, Site);
        return SiteBuilder.Build(Site, Output, new BuildOptions
        {
            Now = BuiltSite.Now,
            OnPublishingStep = n =>
            {
                if (n == stopAt)
                {
                    throw new StoppedHere();
                }
            },
        });
    }

    [Fact]
    public void A_build_stopped_at_any_change_leaves_a_whole_site_and_the_next_build_publishes_the_new_one()
    {
        Assert.True(Build(OldSite).Succeeded);
        Directory.CreateDirectory(Path.Combine(Output, ".git"));
        File.WriteAllText(Path.Combine(Output, ".git", "HEAD"), "ref: refs/heads/gh-pages\n");
        Assert.True(Build(NewSite).Succeeded);
        var newSite = FolderSnapshot.Take(Output);
        Assert.True(Build(OldSite).Succeeded);
        var oldSite = FolderSnapshot.Take(Output);
        Assert.Contains(".git/HEAD", newSite.Entries.Keys);

        var stops = 0;
        for (var stopAt = 1; stopAt < 400; stopAt++)
        {
            try
            {
                if (Build(NewSite, stopAt).Succeeded)
                {
                    Assert.True(FolderSnapshot.Take(Output).SameAs(newSite));
                    break; // it made fewer changes than stopAt: every one has been tried
                }
            }
            catch (StoppedHere)
            {
            }

            // The site is the old one or the new one, whole. The writer's .git moves into the new tree an instant
            // before the swap; stopped in that instant, it waits in .public.previous until the next build puts it back.
            var left = FolderSnapshot.Take(Output).Without(".git");
            Assert.True(left.SameAs(oldSite.Without(".git")) || left.SameAs(newSite.Without(".git")),
                $"Stopped at change {stopAt}, the output is neither site:\n{left.Difference(oldSite)}");
            stops++;

            Assert.True(Build(NewSite).Succeeded);
            Assert.True(FolderSnapshot.Take(Output).SameAs(newSite), $"After a stop at change {stopAt}, the next build did not publish the new site.");
            Assert.Equal([".inkstone", ".public.previous", "content", "inkstone.yml", "public", "static"],
                Directory.EnumerateFileSystemEntries(Site).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.True(Build(OldSite).Succeeded);
        }

        Assert.True(stops >= 10, $"Only {stops} changes were tried.");
    }

    [Fact]
    public void Staging_folders_left_by_older_versions_of_inkstone_are_removed_by_the_next_build()
    {
        Assert.True(Build(OldSite).Succeeded);
        var staging = Path.Combine(Site, $".public.staging-{Guid.NewGuid():N}");
        var old = Path.Combine(Site, $"public.old-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(staging, "posts"));
        Directory.CreateDirectory(old);
        var lookalike = Path.Combine(Site, ".public.staging-mine");
        Directory.CreateDirectory(lookalike);

        Assert.True(Build(OldSite).Succeeded);

        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(old));
        Assert.True(Directory.Exists(lookalike));
    }

    [Fact]
    public void A_swap_by_renames_cut_short_is_undone_or_finished_by_the_next_build()
    {
        Assert.True(Build(OldSite).Succeeded);
        Assert.True(Build(NewSite).Succeeded);
        var newSite = FolderSnapshot.Take(Output);
        var previous = Path.Combine(Site, ".public.previous");
        var parked = Path.Combine(Site, ".public.swapping");

        // Stopped after the published tree was parked: no public/ at all.
        Directory.Move(Output, parked);
        var report = Build(NewSite);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.True(FolderSnapshot.Take(Output).SameAs(newSite));
        Assert.False(Directory.Exists(parked));

        // Stopped after the new tree moved in, before the old one went to .public.previous.
        Directory.Move(previous, parked);
        Assert.True(Build(NewSite).Succeeded);
        Assert.True(FolderSnapshot.Take(Output).SameAs(newSite));
        Assert.False(Directory.Exists(parked));
        Assert.True(Directory.Exists(previous));
    }

    [Fact]
    public void The_writers_dot_entries_stranded_in_the_previous_build_go_back_to_the_output()
    {
        Assert.True(Build(OldSite).Succeeded);
        Directory.CreateDirectory(Path.Combine(Output, ".git"));
        File.WriteAllText(Path.Combine(Output, ".git", "HEAD"), "ref: refs/heads/gh-pages\n");
        Assert.True(Build(NewSite).Succeeded);
        // As a build stopped between moving .git into the new tree and swapping the trees leaves it.
        Directory.Move(Path.Combine(Output, ".git"), Path.Combine(Site, ".public.previous", ".git"));

        Assert.True(Build(OldSite).Succeeded);

        Assert.Equal("ref: refs/heads/gh-pages\n", File.ReadAllText(Path.Combine(Output, ".git", "HEAD")));
        Assert.False(Directory.Exists(Path.Combine(Site, ".public.previous", ".git")));
    }
}
