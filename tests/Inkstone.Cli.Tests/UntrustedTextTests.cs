namespace Inkstone.Cli.Tests;

/// <summary>Text a writer pasted (terminal output, a title with a line break) reaches the terminal and the files Inkstone writes safely.</summary>
public sealed class UntrustedTextTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-cli-text-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Control_characters_quoted_in_a_diagnostic_are_printed_escaped_and_the_caret_still_lines_up()
    {
        CliRun.Invoke(_root, "new", "site", "blog");
        File.WriteAllText(Path.Combine(_root, "blog", "content", "posts", "bad.md"), "---\ntitle: 铃\ndate: \u001b[31m2025-02-30\u0007\n---\n正文。\n");

        var run = CliRun.Invoke(_root, "build", "blog");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Error);
        Assert.DoesNotContain('\u0007', run.Error);
        Assert.Contains("'\\x1B[31m2025-02-30\\x07'", run.Error);
        Assert.Contains("  3 | date: \\x1B[31m2025-02-30\\x07\n    |       ^", run.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void New_post_with_a_line_break_in_its_title_writes_front_matter_that_builds()
    {
        CliRun.Invoke(_root, "new", "site", "blog");
        var site = Path.Combine(_root, "blog");

        var created = CliRun.Invoke(site, "new", "post", "第一行\n---\nsecond: line\t\"quoted\"");
        var build = CliRun.Invoke(_root, "build", "blog");

        Assert.Equal(0, created.ExitCode);
        Assert.True(build.ExitCode == 0, build.Error);
        var written = Directory.GetFiles(Path.Combine(site, "content", "posts"), "*.md").Single(f => File.ReadAllText(f).Contains("第一行", StringComparison.Ordinal));
        Assert.Contains("title: \"第一行\\n---\\nsecond: line\\t\\\"quoted\\\"\"", File.ReadAllText(written));
    }
}
