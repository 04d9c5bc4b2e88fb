namespace Inkstone.Cli.Tests.Deploying;

/// <summary><c>inkstone deploy --to FOLDER</c>: a copy of the site that rsync or a web server reads.</summary>
public sealed class FolderDeployTests : IDisposable
{
    private static readonly Dictionary<string, string> Environment = new();

    private readonly DeploySite _site = new();

    private string Www => Path.Combine(_site.Root, "www");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_first_deploy_copies_the_site_and_an_unchanged_one_touches_nothing()
    {
        var first = _site.Deploy(Environment, "--to", "www");
        var times = Directory.EnumerateFiles(Www, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var again = _site.Deploy(Environment, "--to", "www");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(_site.Built(), Deployed());
        Assert.Contains("is up to date", again.Out);
        Assert.Equal(times, Directory.EnumerateFiles(Www, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc));
    }

    [Fact]
    public void An_edit_replaces_only_the_changed_files_and_a_deletion_removes_the_page()
    {
        Assert.Equal(0, _site.Deploy(Environment, "--to", "www").ExitCode);
        var before = _site.Built();
        var stylesheet = Path.Combine(Www, "assets", "css", "main.css");
        var stylesheetTime = File.GetLastWriteTimeUtc(stylesheet);
        File.AppendAllText(_site.Post, "\n一段新写的文字。\n");
        File.Delete(Path.Combine(_site.Folder, "content", "about.md"));

        var run = _site.Deploy(Environment, "--to", "www");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(DeploySite.Changed(before, _site.Built()), DeploySite.Listed(run, '+').Order(StringComparer.Ordinal));
        Assert.Equal(["about/index.html"], DeploySite.Listed(run, '-'));
        Assert.Equal(_site.Built(), Deployed());
        Assert.Equal(stylesheetTime, File.GetLastWriteTimeUtc(stylesheet));
    }

    [Fact]
    public void The_site_s_content_folder_is_refused_and_left_alone()
    {
        var run = _site.Deploy(Environment, "--to", "blog/content");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be deployed to: it is inside the site's content/ folder", run.Error);
        Assert.True(File.Exists(_site.Post));
    }

    private Dictionary<string, string?> Deployed() => DeploySite.Files(Www);
}
