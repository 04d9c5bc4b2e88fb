namespace Inkstone.Cli.Tests;

/// <summary>What <c>build</c> and <c>serve</c> do with the folder given to <c>-o</c>: never lose the writer's files.</summary>
public sealed class OutputFolderCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-cli-out-").FullName;

    public OutputFolderCommandTests() => CliRun.Invoke(_root, "new", "site", "blog");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private int ContentFiles() => Directory.EnumerateFiles(Path.Combine(_root, "blog", "content"), "*", SearchOption.AllDirectories).Count();

    [Fact]
    public void Build_through_a_symbolic_link_to_the_content_folder_is_refused_and_the_posts_stay()
    {
        var posts = ContentFiles();
        Directory.CreateSymbolicLink(Path.Combine(_root, "out"), Path.Combine(_root, "blog", "content"));

        var run = CliRun.Invoke(_root, "build", "blog", "-o", "out");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be the output folder", run.Error);
        Assert.Contains("content/", run.Error);
        Assert.Equal(posts, ContentFiles());
    }

    [Fact]
    public void Build_refuses_a_folder_of_other_files_names_it_and_says_how_to_proceed()
    {
        var documents = Path.Combine(_root, "Documents");
        Directory.CreateDirectory(documents);
        File.WriteAllText(Path.Combine(documents, "thesis.txt"), "three years of work");

        var run = CliRun.Invoke(_root, "build", "blog", "-o", "Documents");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{documents}' cannot be the output folder: it holds files Inkstone did not write", run.Error);
        Assert.Contains("--force", run.Error);
        Assert.Contains("                         ^^^^^^^^^", run.Error);
        Assert.Equal("three years of work", File.ReadAllText(Path.Combine(documents, "thesis.txt")));
        Assert.False(File.Exists(Path.Combine(documents, "index.html")));
    }

    [Fact]
    public void Build_with_force_replaces_a_folder_of_other_files_and_marks_it_as_inkstones()
    {
        var www = Path.Combine(_root, "www");
        Directory.CreateDirectory(www);
        File.WriteAllText(Path.Combine(www, "old.html"), "another tool's page");

        Assert.Equal(0, CliRun.Invoke(_root, "build", "blog", "-o", "www", "--force").ExitCode);

        Assert.True(File.Exists(Path.Combine(www, "index.html")));
        Assert.False(File.Exists(Path.Combine(www, "old.html")));
        Assert.True(File.Exists(Path.Combine(www, ".inkstone-output")));
        Assert.Equal(0, CliRun.Invoke(_root, "build", "blog", "-o", "www").ExitCode);
    }

    [Fact]
    public void Build_into_an_existing_file_is_a_usage_error_not_a_crash()
    {
        File.WriteAllText(Path.Combine(_root, "notes.txt"), "mine");

        var run = CliRun.Invoke(_root, "build", "blog", "-o", "notes.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a file", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_root, "notes.txt")));
    }

    [Fact]
    public void Force_never_allows_another_sites_folder_for_serve()
    {
        CliRun.Invoke(_root, "new", "site", "other");

        var run = CliRun.Invoke(_root, "serve", "blog", "-o", "other", "--force", "--port", "4999");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("holds another site", run.Error);
        Assert.True(File.Exists(Path.Combine(_root, "other", "inkstone.yml")));
    }

    [Fact]
    public void The_help_of_build_and_serve_lists_force()
    {
        Assert.Matches(@"\n  --force +\S", CliRun.Invoke(_root, "build", "--help").Out);
        Assert.Matches(@"\n  --force +\S", CliRun.Invoke(_root, "serve", "--help").Out);
    }

    [Fact]
    public void A_new_sites_gitignore_leaves_out_the_output_the_previous_build_and_the_cache()
    {
        Assert.Equal(0, CliRun.Invoke(_root, "build", "blog").ExitCode);
        Assert.Equal(0, CliRun.Invoke(_root, "build", "blog").ExitCode);
        var ignored = File.ReadAllLines(Path.Combine(_root, "blog", ".gitignore"));

        var made = Directory.EnumerateFileSystemEntries(Path.Combine(_root, "blog")).Select(Path.GetFileName)
            .Except([".gitignore", ".github", "inkstone.yml", "content", "static"]);
        Assert.All(made, name => Assert.Contains(name + "/", ignored));
        Assert.Contains(".public.previous/", ignored);
    }
}
