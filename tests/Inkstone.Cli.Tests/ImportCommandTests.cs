namespace Inkstone.Cli.Tests;

/// <summary>The command line on a blog brought from another engine, and how a build reports what it could not do.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-import-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private void JekyllBlog()
    {
        Write("old/_config.yml", "title: 梯度与堆\nurl: https://notes.example.org\ntimezone: Asia/Shanghai\nplugins: [jekyll-feed]\n");
        Write("old/_posts/2025-03-14-grpo.md", "---\ntitle: GRPO 笔记\ncategories: [RL]\n---\n组内相对优势。\n");
        Write("old/about.md", "---\ntitle: 关于\n---\n关于本站。\n");
        Write("old/assets/a.png", "not really a png");
    }

    [Fact]
    public void Building_a_jekyll_folder_writes_its_site_folder_at_the_old_addresses()
    {
        JekyllBlog();
        var run = CliRun.Invoke(_root, "build", "old");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(_root, "old", "_site", "rl", "2025", "03", "14", "grpo.html")));
        Assert.True(File.Exists(Path.Combine(_root, "old", "_site", "about.html")));
        Assert.True(File.Exists(Path.Combine(_root, "old", "_site", "assets", "a.png")));
        Assert.True(File.Exists(Path.Combine(_root, "old", "_site", "feed.xml")));
        Assert.False(Directory.Exists(Path.Combine(_root, "old", "public")));
    }

    [Fact]
    public void Init_writes_the_settings_it_read_each_with_its_source_and_then_the_site_still_builds()
    {
        JekyllBlog();
        var run = CliRun.Invoke(_root, "init", "old");
        Assert.Equal(0, run.ExitCode);
        var written = File.ReadAllText(Path.Combine(_root, "old", "inkstone.yml"));
        Assert.Contains("from: jekyll", written);
        Assert.Contains("title: \"梯度与堆\"    # _config.yml: title", written);
        Assert.Contains("base_url: \"https://notes.example.org/\"    # _config.yml: url + baseurl", written);
        Assert.Contains("#   permalink: /:categories/:year/:month/:day/:title:output_ext", written);

        Assert.Equal(1, CliRun.Invoke(_root, "init", "old").ExitCode);
        Assert.Equal(0, CliRun.Invoke(_root, "build", "old").ExitCode);
        Assert.True(File.Exists(Path.Combine(_root, "old", "_site", "rl", "2025", "03", "14", "grpo.html")));
    }

    [Fact]
    public void Init_refuses_a_folder_that_is_no_blog()
    {
        Directory.CreateDirectory(Path.Combine(_root, "empty"));
        var run = CliRun.Invoke(_root, "init", "empty");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not a Jekyll, Hexo, Hugo or MkDocs site", run.Error);
    }

    [Fact]
    public void A_missing_image_is_a_warning_and_the_site_is_published_but_strict_fails()
    {
        CliRun.Invoke(_root, "new", "site", "blog");
        Write("blog/content/posts/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\n![图](missing.png)\n");
        var run = CliRun.Invoke(_root, "build", "blog");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning INK0302", run.Error);
        Assert.True(File.Exists(Path.Combine(_root, "blog", "public", "posts", "a", "index.html")));

        var strict = CliRun.Invoke(_root, "build", "blog", "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("error INK0302", strict.Error);
        Assert.Contains("The previous output in", strict.Error);
    }

    [Fact]
    public void A_failed_first_build_says_that_nothing_was_written()
    {
        CliRun.Invoke(_root, "new", "site", "blog");
        Write("blog/content/posts/a.md", "---\ntitle: A\ndate: 2025-02-30\n---\n正文\n");
        var run = CliRun.Invoke(_root, "build", "blog");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Nothing was written.", run.Error);
        Assert.DoesNotContain("previous output", run.Error);
    }

    [Fact]
    public void A_flood_of_one_problem_is_shown_as_its_first_five_and_a_count_per_file()
    {
        CliRun.Invoke(_root, "new", "site", "blog");
        var images = string.Concat(Enumerable.Range(1, 30).Select(i => $"![图 {i}](missing-{i}.png)\n\n"));
        Write("blog/content/posts/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\n" + images);
        Write("blog/content/posts/b.md", "---\ntitle: B\ndate: 2025-01-02\n---\n" + images[..(images.Length / 3)]);
        var run = CliRun.Invoke(_root, "build", "blog");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(5, run.Error.Split('\n').Count(l => l.Contains("warning INK0302:", StringComparison.Ordinal)));
        Assert.Contains("... and 35 more warnings INK0302 in 2 files:", run.Error);
        Assert.Contains("  content/posts/a.md: 25", run.Error);
        Assert.Contains("  content/posts/b.md: 10", run.Error);

        var json = CliRun.Invoke(_root, "check", "blog", "--format", "json");
        Assert.Equal(40, System.Text.Json.JsonDocument.Parse(json.Out).RootElement.EnumerateArray().Count(d => d.GetProperty("id").GetString() == "INK0302"));
    }
}
