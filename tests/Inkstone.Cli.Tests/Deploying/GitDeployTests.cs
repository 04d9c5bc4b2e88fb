using System.Diagnostics;

namespace Inkstone.Cli.Tests.Deploying;

/// <summary><c>inkstone deploy --to git:gh-pages</c> from a site's repository to a local bare repository.</summary>
public sealed class GitDeployTests : IDisposable
{
    private static readonly Dictionary<string, string> Environment = new();

    private readonly DeploySite _site = new();

    public GitDeployTests()
    {
        Git(_site.Root, "init", "--quiet", "--bare", Remote);
        Git(_site.Folder, "init", "--quiet");
        Git(_site.Folder, "remote", "add", "origin", Remote);
    }

    private string Remote => Path.Combine(_site.Root, "remote.git");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_first_deploy_pushes_the_site_with_a_nojekyll_to_the_branch()
    {
        var run = _site.Deploy(Environment, "--to", "git:gh-pages");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(_site.Built().Keys.Append(".nojekyll").Order(StringComparer.Ordinal), Tree().Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllText(Path.Combine(_site.Output, "index.html")), Git(Remote, "show", "gh-pages:index.html"));
        Assert.Equal("", Git(_site.Folder, "status", "--porcelain", "--untracked-files=no")); // the site's own index untouched
    }

    [Fact]
    public void Deploying_an_unchanged_site_again_makes_no_commit()
    {
        Assert.Equal(0, _site.Deploy(Environment, "--to", "git:gh-pages").ExitCode);
        var head = Git(Remote, "rev-parse", "gh-pages");

        var again = _site.Deploy(Environment, "--to", "git:gh-pages");

        Assert.Contains("is up to date", again.Out);
        Assert.Equal(head, Git(Remote, "rev-parse", "gh-pages"));
    }

    [Fact]
    public void One_edit_commits_only_the_changed_files_on_top_of_the_last_deploy()
    {
        Assert.Equal(0, _site.Deploy(Environment, "--to", "git:gh-pages").ExitCode);
        var before = _site.Built();
        var head = Git(Remote, "rev-parse", "gh-pages");
        File.AppendAllText(_site.Post, "\n一段新写的文字。\n");

        var run = _site.Deploy(Environment, "--to", "git:gh-pages");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(head, Git(Remote, "rev-parse", "gh-pages^"));
        var committed = Git(Remote, "diff-tree", "-r", "-z", "--name-only", "gh-pages^", "gh-pages").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(DeploySite.Changed(before, _site.Built()), committed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_deleted_page_is_gone_from_the_branch_and_the_cname_set_there_is_kept()
    {
        Assert.Equal(0, _site.Deploy(Environment, "--to", "git:gh-pages").ExitCode);
        AddCname("blog.example.org");
        File.Delete(Path.Combine(_site.Folder, "content", "about.md"));

        var run = _site.Deploy(Environment, "--to", "git:gh-pages");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["about/index.html"], DeploySite.Listed(run, '-'));
        Assert.DoesNotContain("about/index.html", Tree());
        Assert.Equal("blog.example.org\n", Git(Remote, "show", "gh-pages:CNAME"));
    }

    [Fact]
    public void A_refused_push_leaves_the_branch_as_it_was_and_the_next_deploy_finishes_the_job()
    {
        Assert.Equal(0, _site.Deploy(Environment, "--to", "git:gh-pages").ExitCode);
        var head = Git(Remote, "rev-parse", "gh-pages");
        var hook = Path.Combine(Remote, "hooks", "pre-receive");
        File.WriteAllText(hook, "#!/bin/sh\necho 'the server is going down for maintenance' >&2\nexit 1\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        File.AppendAllText(_site.Post, "\n一段新写的文字。\n");

        var refused = _site.Deploy(Environment, "--to", "git:gh-pages");
        File.Delete(hook);
        var resumed = _site.Deploy(Environment, "--to", "git:gh-pages", "--no-build");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("the push was refused", refused.Error);
        Assert.Contains("The branch is as it was.", refused.Error);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(head, Git(Remote, "rev-parse", "gh-pages^"));
        Assert.Equal(File.ReadAllText(Path.Combine(_site.Output, "posts", "hello-inkstone", "index.html")), Git(Remote, "show", "gh-pages:posts/hello-inkstone/index.html"));
    }

    [Fact]
    public void A_remote_that_cannot_be_read_is_a_clear_error_and_changes_nothing()
    {
        Git(_site.Folder, "remote", "set-url", "origin", Path.Combine(_site.Root, "missing.git"));

        var run = _site.Deploy(Environment, "--to", "git:gh-pages");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: git:gh-pages (origin): the remote cannot be read:", run.Error);
        Assert.Contains("Nothing was pushed.", run.Error);
        Assert.Equal("", Git(Remote, "branch", "--list"));
    }

    private List<string> Tree() => Git(Remote, "ls-tree", "-r", "-z", "--name-only", "gh-pages").Split('\0', StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>Adds a CNAME to the branch as GitHub's Pages settings do: a commit of its own on the branch.</summary>
    private void AddCname(string domain)
    {
        var clone = Path.Combine(_site.Root, "clone");
        Git(_site.Root, "clone", "--quiet", "--branch", "gh-pages", Remote, clone);
        File.WriteAllText(Path.Combine(clone, "CNAME"), domain + "\n");
        Git(clone, "add", "CNAME");
        Git(clone, "-c", "user.name=GitHub", "-c", "user.email=noreply@github.com", "commit", "--quiet", "-m", "Create CNAME");
        Git(clone, "push", "--quiet", "origin", "gh-pages");
    }

    private static string Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
        return output;
    }
}
