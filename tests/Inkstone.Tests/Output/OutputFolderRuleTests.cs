using Inkstone.Building;
using Inkstone.Output;

namespace Inkstone.Tests.Output;

public sealed class OutputFolderRuleTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-rule-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Site => Path.Combine(_root, "site");

    private string? Reason(string output, bool force = false, IReadOnlyList<string>? sources = null) =>
        OutputFolderRule.Refusal(Site, output, force, sources)?.Reason;

    [Theory]
    [InlineData("site/public")]
    [InlineData("site/.inkstone/serve")]
    [InlineData("site/public-preview")]
    [InlineData("elsewhere/www")]
    public void Output_folders_beside_the_sources_are_allowed(string output) =>
        Assert.Null(Reason(Path.Combine(_root, output)));

    [Theory]
    [InlineData("site", "the site folder itself")]
    [InlineData("", "holds the site folder")]
    [InlineData("site/content", "content/")]
    [InlineData("site/layouts/out", "layouts/")]
    [InlineData("site/assets", "assets/")]
    [InlineData("site/.git", ".git/")]
    [InlineData("site/.inkstone", "build cache")]
    [InlineData("site/.inkstone/cache", "build cache")]
    public void Output_folders_that_would_lose_the_writers_files_are_refused(string output, string reason) =>
        Assert.Contains(reason, Reason(Path.Combine(_root, output)));

    [Fact]
    public void A_folder_holding_another_site_is_refused()
    {
        var other = Path.Combine(_root, "other");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "inkstone.yml"), "title: 另一个\n");

        Assert.Contains("another site", Reason(other));
    }

    [Fact]
    public void Home_and_the_root_are_refused()
    {
        Assert.NotNull(Reason(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)));
        Assert.NotNull(Reason(Path.GetPathRoot(_root)!));
    }

    [Fact]
    public void A_symbolic_link_to_the_sites_content_folder_is_refused_as_the_content_folder()
    {
        Directory.CreateDirectory(Path.Combine(Site, "content/posts"));
        var link = Path.Combine(_root, "out");
        Directory.CreateSymbolicLink(link, Path.Combine(Site, "content"));

        Assert.Contains("content/", Reason(link));
        Assert.Contains("content/", Reason(Path.Combine(link, "posts")));
    }

    [Fact]
    public void A_symbolic_link_to_the_home_folder_is_refused_as_the_home_folder()
    {
        var link = Path.Combine(_root, "out");
        Directory.CreateSymbolicLink(link, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

        Assert.Contains("home folder", Reason(link));
    }

    [Fact]
    public void A_source_folder_that_is_a_link_protects_the_folder_it_leads_to()
    {
        var notes = Path.Combine(_root, "notes");
        Directory.CreateDirectory(Path.Combine(notes, "posts"));
        Directory.CreateDirectory(Site);
        Directory.CreateSymbolicLink(Path.Combine(Site, "content"), notes);

        Assert.Contains("content/", Reason(notes));
        Assert.Contains("content/", Reason(_root + "/site/../notes/posts"));
    }

    [Fact]
    public void The_source_folders_the_rule_protects_are_a_parameter()
    {
        var jekyll = new[] { "_posts", "_layouts", "assets" };

        Assert.Contains("_posts/", Reason(Path.Combine(Site, "_posts"), sources: jekyll));
        Assert.Null(Reason(Path.Combine(Site, "content"), sources: jekyll));
        Assert.Contains("content/", Reason(Path.Combine(Site, "content")));
    }

    [Fact]
    public void An_existing_file_is_refused_as_an_output_folder()
    {
        Directory.CreateDirectory(_root);
        var file = Path.Combine(_root, "notes.txt");
        File.WriteAllText(file, "mine");

        Assert.Contains("is a file", Reason(file));
    }

    [Fact]
    public void A_folder_that_holds_files_inkstone_did_not_write_is_refused_unless_forced()
    {
        var documents = Path.Combine(_root, "Documents");
        Directory.CreateDirectory(documents);
        File.WriteAllText(Path.Combine(documents, "thesis.docx"), "mine");

        var refusal = OutputFolderRule.Refusal(Site, documents);
        Assert.NotNull(refusal);
        Assert.Contains("files Inkstone did not write", refusal.Reason);
        Assert.True(refusal.ForceAllows);
        Assert.Null(Reason(documents, force: true));
    }

    [Fact]
    public void An_empty_folder_and_one_that_holds_only_dot_entries_are_accepted()
    {
        var empty = Path.Combine(_root, "empty");
        Directory.CreateDirectory(empty);
        var deploy = Path.Combine(_root, "deploy");
        Directory.CreateDirectory(Path.Combine(deploy, ".git"));

        Assert.Null(Reason(empty));
        Assert.Null(Reason(deploy));
    }

    [Fact]
    public void A_folder_that_inkstone_wrote_is_accepted_by_its_marker()
    {
        var www = Path.Combine(_root, "www");
        Directory.CreateDirectory(www);
        File.WriteAllText(Path.Combine(www, "index.html"), "<p>site</p>");
        File.WriteAllText(Path.Combine(www, OutputMarker.FileName), OutputMarker.Text([]));

        Assert.Null(Reason(www));
    }

    [Fact]
    public void A_folder_this_sites_builds_wrote_before_the_marker_existed_is_accepted()
    {
        var public_ = Path.Combine(Site, "public");
        var serve = Path.Combine(Site, ".inkstone", "serve");
        foreach (var folder in new[] { public_, serve })
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "index.html"), "<p>an older build</p>");
        }

        Assert.Contains("did not write", Reason(public_));
        Assert.Null(Reason(serve));

        OutputLedger.Open(Path.Combine(Site, ".inkstone", "cache"), public_, "test").Save();
        Assert.Null(Reason(public_));
    }

    [Fact]
    public void Force_never_allows_the_sources_or_the_home_folder()
    {
        Assert.NotNull(Reason(Path.Combine(Site, "content"), force: true));
        Assert.NotNull(Reason(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), force: true));
        Assert.False(OutputFolderRule.Refusal(Site, Path.Combine(Site, "content"))!.ForceAllows);
    }

    [Fact]
    public void The_builder_itself_refuses_such_a_folder_before_writing_anything()
    {
        Directory.CreateDirectory(Path.Combine(Site, "content/posts"));
        File.WriteAllText(Path.Combine(Site, "inkstone.yml"), "title: T\n");
        File.WriteAllText(Path.Combine(Site, "content/posts/a.md"), "---\ntitle: 甲\ndate: 2025-01-01\n---\n正文\n");
        var link = Path.Combine(_root, "out");
        Directory.CreateSymbolicLink(link, Path.Combine(Site, "content"));

        Assert.Throws<ArgumentException>(() => SiteBuilder.Build(Site, Path.Combine(Site, "content"), new BuildOptions()));
        Assert.Throws<ArgumentException>(() => SiteBuilder.Build(Site, link, new BuildOptions()));
        Assert.Equal(["content/posts/a.md"], Directory.EnumerateFiles(Path.Combine(Site, "content"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Site, f).Replace('\\', '/')));
    }
}
