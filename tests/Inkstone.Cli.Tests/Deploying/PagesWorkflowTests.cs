using System.Text.RegularExpressions;
using Inkstone.Cli.Commands;

namespace Inkstone.Cli.Tests.Deploying;

/// <summary>The GitHub Pages workflow <c>inkstone new site</c> writes: its steps are commands that work here.</summary>
public sealed partial class PagesWorkflowTests : IDisposable
{
    private readonly DeploySite _site = new();

    public void Dispose() => _site.Dispose();

    private string Workflow => File.ReadAllText(Path.Combine(_site.Folder, ".github", "workflows", "pages.yml"));

    [Fact]
    public void The_workflow_installs_the_inkstone_that_made_the_site_and_publishes_with_github_s_pages_actions()
    {
        var runs = Runs();

        Assert.Equal($"dotnet tool install --global Inkstone.Cli --version {VersionCommand.PackageVersion}", runs[0]);
        Assert.Contains("uses: actions/upload-pages-artifact@v3\n        with:\n          path: public\n", Workflow);
        Assert.Contains("uses: actions/deploy-pages@v4", Workflow);
    }

    [Fact]
    public void Its_inkstone_commands_build_the_site_into_the_folder_it_uploads()
    {
        var commands = Runs().Where(r => r.StartsWith("inkstone ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(commands);

        foreach (var command in commands)
        {
            // What GitHub's configure-pages gives a project site, as the step would see it.
            var line = command.Replace("${{ steps.pages.outputs.base_url }}", "https://writer.github.io/blog", StringComparison.Ordinal);
            var run = CliRun.Invoke(_site.Folder, [.. Words(line).Skip(1)]);
            Assert.True(run.ExitCode == 0, $"{line}: {run.Error}");
        }

        Assert.Contains("href=\"/blog/posts/hello-inkstone/\"", File.ReadAllText(Path.Combine(_site.Output, "index.html")));
    }

    /// <summary>The <c>run:</c> commands, in order.</summary>
    private List<string> Runs() => RunStep().Matches(Workflow).Select(m => m.Groups[1].Value.Trim()).ToList();

    /// <summary>A command line split as a shell would split these (words, double-quoted strings).</summary>
    private static IEnumerable<string> Words(string line) => Word().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Value);

    [GeneratedRegex(@"^\s*- run: (.+)$", RegexOptions.Multiline)]
    private static partial Regex RunStep();

    [GeneratedRegex(@"""([^""]*)""|\S+")]
    private static partial Regex Word();
}
