namespace Inkstone.Cli.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-cli-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void New_site_then_build_produces_a_working_site_and_exits_zero()
    {
        var created = CliRun.Invoke(_root, "new", "site", "blog");
        Assert.Equal(0, created.ExitCode);
        Assert.True(File.Exists(Path.Combine(_root, "blog", "inkstone.yml")));

        var built = CliRun.Invoke(_root, "build", "blog");
        Assert.Equal(0, built.ExitCode);
        Assert.Matches(@"Built 1 post and 1 page, \d+ files in \d+ ms", built.Out);
        Assert.True(File.Exists(Path.Combine(_root, "blog", "public", "posts", "hello-inkstone", "index.html")));
    }

    [Fact]
    public void Version_names_the_package_version_and_the_commit_it_was_built_from()
    {
        var run = CliRun.Invoke(_root, "--version");

        Assert.Equal(0, run.ExitCode);
        // Built from a git checkout (as every build here is), the SDK records the commit.
        Assert.Matches(@"^inkstone \d+\.\d+\.\d+ \(commit [0-9a-f]{12}\)\n$", run.Out);
        Assert.Equal(run.Out, CliRun.Invoke(_root, "version").Out);
    }

    [Theory]
    [InlineData("blog")]
    [InlineData(".")]
    [InlineData("blog/content")]
    [InlineData("blog/content/posts")]
    [InlineData("blog/static/out")]
    [InlineData("blog/.inkstone/cache")]
    public void Build_refuses_an_output_folder_that_would_lose_the_writers_files(string output)
    {
        CliRun.Invoke(_root, "new", "site", "blog");
        var posts = Directory.EnumerateFiles(Path.Combine(_root, "blog", "content"), "*", SearchOption.AllDirectories).Count();

        var run = CliRun.Invoke(_root, "build", "blog", "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be the output folder", run.Error);
        Assert.Equal(posts, Directory.EnumerateFiles(Path.Combine(_root, "blog", "content"), "*", SearchOption.AllDirectories).Count());
        Assert.True(File.Exists(Path.Combine(_root, "blog", "inkstone.yml")));
    }

    [Fact]
    public void Serve_refuses_another_sites_folder_as_its_output()
    {
        CliRun.Invoke(_root, "new", "site", "blog");
        CliRun.Invoke(_root, "new", "site", "other");

        var run = CliRun.Invoke(_root, "serve", "blog", "-o", "other", "--port", "4999");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("holds another site", run.Error);
        Assert.True(File.Exists(Path.Combine(_root, "other", "inkstone.yml")));
    }

    [Fact]
    public void New_post_names_the_file_after_the_title_and_fills_in_front_matter()
    {
        CliRun.Invoke(_root, "new", "site", "blog");
        var run = CliRun.Invoke(Path.Combine(_root, "blog"), "new", "post", "GRPO 与 PPO", "--category", "Reinforcement Learning");
        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(Path.Combine(_root, "blog", "content", "posts", "grpo-与-ppo.md"));
        Assert.Contains("title: \"GRPO 与 PPO\"", text);
        Assert.Contains("date: 2026-03-01 17:30:00", text);
        Assert.Contains("categories: [\"Reinforcement Learning\"]", text);
        Assert.Equal(0, CliRun.Invoke(_root, "build", "blog", "--future").ExitCode);
    }

    [Fact]
    public void Build_keeps_rendered_posts_in_the_site_cache_and_no_cache_leaves_it_alone()
    {
        CliRun.Invoke(_root, "new", "site", "blog");
        var cache = Path.Combine(_root, "blog", ".inkstone", "cache");

        var uncached = CliRun.Invoke(_root, "build", "blog", "--no-cache", "--timings");
        Assert.Equal(0, uncached.ExitCode);
        Assert.Contains("0 of 2 posts and pages from the cache", uncached.Out);
        Assert.Matches(@"\n  0 of \d+ files kept as published", uncached.Out);
        Assert.False(Directory.Exists(cache));

        CliRun.Invoke(_root, "build", "blog");
        var cached = CliRun.Invoke(_root, "build", "blog", "--timings");
        Assert.Contains("2 of 2 posts and pages from the cache", cached.Out);
        Assert.Matches(@"\n  [1-9]\d* of \d+ files kept as published", cached.Out);
        Assert.True(Directory.Exists(cache));
        Assert.Contains(".inkstone/", File.ReadAllText(Path.Combine(_root, "blog", ".gitignore")));
    }

    [Fact]
    public void Build_with_output_and_base_url_writes_there_with_that_base()
    {
        CliRun.Invoke(_root, "new", "site", "blog");
        var run = CliRun.Invoke(_root, "build", "blog", "-o", "out", "--base-url", "https://ink.example/sub/");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("href=\"/sub/posts/hello-inkstone/\"", File.ReadAllText(Path.Combine(_root, "out", "index.html")));
    }

    [Fact]
    public void Content_errors_exit_with_one_and_print_file_line_column_with_a_caret()
    {
        CliRun.Invoke(_root, "new", "site", "blog");
        File.WriteAllText(Path.Combine(_root, "blog", "content", "posts", "bad.md"), "---\ntitle: 坏日期\ndate: 2025-02-30\n---\n");
        var run = CliRun.Invoke(_root, "build", "blog");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/posts/bad.md:3:7: error INK0204:", run.Error);
        Assert.Contains("  3 | date: 2025-02-30\n    |       ^", run.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("= hint:", run.Error);
    }

    [Fact]
    public void A_folder_without_a_config_is_a_content_error_with_a_hint()
    {
        Directory.CreateDirectory(Path.Combine(_root, "empty"));
        var run = CliRun.Invoke(_root, "build", "empty");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error INK0101", run.Error);
        Assert.Contains("inkstone new site", run.Error);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_that_underlines_it_and_suggests_the_right_one()
    {
        CliRun.Invoke(_root, "new", "site", "blog");
        var run = CliRun.Invoke(_root, "build", "blog", "--draft");
        Assert.Equal(2, run.ExitCode);
        var lines = run.Error.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        Assert.Equal("error: Unknown option --draft.", lines[0]);
        Assert.Equal("  inkstone build blog --draft", lines[1]);
        Assert.Equal("                      ^^^^^^^", lines[2]);
        Assert.Contains("Did you mean --drafts?", run.Error);
    }

    [Fact]
    public void An_unknown_command_and_no_command_are_usage_errors()
    {
        Assert.Equal(2, CliRun.Invoke(_root, "biuld").ExitCode);
        Assert.Equal(2, CliRun.Invoke(_root).ExitCode);
        Assert.Equal(0, CliRun.Invoke(_root, "--help").ExitCode);
    }

    [Fact]
    public void New_site_refuses_a_folder_that_is_not_empty()
    {
        Directory.CreateDirectory(Path.Combine(_root, "full"));
        File.WriteAllText(Path.Combine(_root, "full", "x.txt"), "x");
        Assert.Equal(1, CliRun.Invoke(_root, "new", "site", "full").ExitCode);
    }
}
