using Inkstone.Building;

namespace Inkstone.Cli.Tests;

public sealed class BuildProgressTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-progress-").FullName;

    public BuildProgressTests() => CliRun.Invoke(_root, "new", "site", "blog");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_redirected_build_prints_only_its_summary_line_however_long_it_takes()
    {
        var run = CliRun.Invoke(_root, interactive: false, progressAfter: TimeSpan.Zero, "build", "blog");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\r', run.Out);
        Assert.DoesNotContain("Building", run.Out);
        Assert.Matches(@"^Built 1 post and 1 page, \d+ files in \d+ ms -> \S+\n$", run.Out.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_slow_build_on_a_terminal_shows_its_stage_and_posts_done_then_wipes_the_line()
    {
        var run = CliRun.Invoke(_root, interactive: true, progressAfter: TimeSpan.Zero, "build", "blog");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\rBuilding: config", run.Out);
        Assert.Matches(@"\rBuilding: markdown(, \d of 2 posts and pages)?", run.Out);
        Assert.Matches(@"\r +\rBuilt 1 post and 1 page", run.Out);
    }

    [Fact]
    public void A_quick_build_on_a_terminal_shows_no_progress()
    {
        var run = CliRun.Invoke(_root, interactive: true, progressAfter: TimeSpan.FromHours(1), "build", "blog");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Building:", run.Out);
    }

    [Fact]
    public void The_progress_line_counts_posts_and_writes_nothing_after_it_is_disposed()
    {
        var output = new StringWriter();
        var line = new BuildProgressLine(output, TimeSpan.Zero, shownWidth: 0);
        line.Report(new BuildProgress("markdown", 3, 40));
        line.Dispose();
        var written = output.ToString();
        line.Report(new BuildProgress("pages", 0, 0));

        Assert.StartsWith("\rBuilding: markdown, 3 of 40 posts and pages (", written);
        Assert.EndsWith("\r", written);
        Assert.Equal(written, output.ToString());
    }
}
