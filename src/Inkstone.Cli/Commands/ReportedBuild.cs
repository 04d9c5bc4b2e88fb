using Inkstone.Building;

namespace Inkstone.Cli.Commands;

/// <summary>Runs a build for build and serve and prints its diagnostics and the one line that sums it up.</summary>
internal static class ReportedBuild
{
    /// <param name="build">Runs the build, reporting to the progress it is given (null when nobody watches).</param>
    public static BuildReport Run(string site, string output, Func<IProgress<BuildProgress>?, BuildReport> build, ConsoleEnvironment env)
    {
        var hadOutput = Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any();
        BuildReport report;
        if (env.IsInteractive)
        {
            var building = $"Building {site} ...";
            env.Out.Write(building + "\r");
            using var progress = new BuildProgressLine(env.Out, env.ProgressAfter, building.Length);
            report = build(progress);
        }
        else
        {
            report = build(null);
        }

        DiagnosticPrinter.Print(report.Diagnostics, site, env.Error);
        var errors = report.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
        var warnings = report.Diagnostics.Count - errors;
        if (report.Succeeded)
        {
            env.Out.WriteLine($"Built {Count(report.Posts, "post")} and {Count(report.Pages, "page")}, {Count(report.FilesWritten, "file")} in {report.Elapsed.TotalMilliseconds:0} ms -> {output}" +
                (warnings > 0 ? $" ({Count(warnings, "warning")})" : ""));
        }
        else
        {
            env.Error.WriteLine($"Build failed: {Count(errors, "error")}, {Count(warnings, "warning")}. " +
                (hadOutput ? $"The previous output in {output} was left as it was." : "Nothing was written."));
        }

        return report;
    }

    /// <summary>"1 post", "2 posts", "0 errors".</summary>
    public static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
