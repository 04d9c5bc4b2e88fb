using System.Text.Json;

namespace Inkstone.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-check-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Site(string post)
    {
        CliRun.Invoke(_root, "new", "site", "blog");
        File.WriteAllText(Path.Combine(_root, "blog", "content", "posts", "broken.md"), post);
        return Path.Combine(_root, "blog");
    }

    [Fact]
    public void Check_reports_every_problem_and_writes_nothing()
    {
        var site = Site("---\ntitle: 坏\ndate: 2025-01-01\n---\n\n见[缺失](missing.md)，![](/nope.png)\n");
        var run = CliRun.Invoke(_root, "check", "blog");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/posts/broken.md:6:2: error INK0301:", run.Out);
        Assert.Contains("content/posts/broken.md:6:19: error INK0302:", run.Out);
        Assert.Contains("content/posts/broken.md:6:19: error INK0304:", run.Out);
        Assert.Contains("Checked 2 posts and 1 page: 3 errors, 0 warnings.", run.Out);
        Assert.False(Directory.Exists(Path.Combine(site, "public")));
    }

    [Fact]
    public void Check_can_write_json_for_tools()
    {
        Site("---\ntitle: 坏\ndate: 2025-01-01\n---\n\n```klingon\nx\n```\n");
        var run = CliRun.Invoke(_root, "check", "blog", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var diagnostic = Assert.Single(JsonDocument.Parse(run.Out).RootElement.EnumerateArray());
        Assert.Equal("INK0501", diagnostic.GetProperty("id").GetString());
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("content/posts/broken.md", diagnostic.GetProperty("path").GetString());
        Assert.Equal(6, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(1, diagnostic.GetProperty("column").GetInt32());
    }

    [Fact]
    public void Check_exits_zero_on_a_clean_site_and_rejects_an_unknown_format()
    {
        CliRun.Invoke(_root, "new", "site", "blog");
        Assert.Equal(0, CliRun.Invoke(_root, "check", "blog").ExitCode);
        Assert.Equal(2, CliRun.Invoke(_root, "check", "blog", "--format", "xml").ExitCode);
    }

    [Fact]
    public void Strict_makes_math_errors_fail_the_build()
    {
        Site("---\ntitle: 坏\ndate: 2025-01-01\n---\n\n$\\frac{1}{$\n");
        Assert.Equal(0, CliRun.Invoke(_root, "build", "blog").ExitCode);
        var strict = CliRun.Invoke(_root, "build", "blog", "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("error INK0401", strict.Error);
    }
}
