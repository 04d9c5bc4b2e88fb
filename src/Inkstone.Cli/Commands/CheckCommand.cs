using System.CommandLine;
using Inkstone.Building;

namespace Inkstone.Cli.Commands;

/// <summary><c>inkstone check</c>: runs the whole build without writing and reports every problem as an error.</summary>
internal sealed class CheckCommand : Command
{
    private readonly ConsoleEnvironment _env;
    private readonly SiteArgument _site = new();
    private readonly Option<string?> _format = new("--format") { Description = "Prints the problems as text (default) or as a JSON array of every one.", HelpName = "text|json" };
    private readonly ContentOptions _content = new();

    public CheckCommand(ConsoleEnvironment env)
        : base("check", "Checks the site without writing it; exit code 1 when it has errors.")
    {
        _env = env;
        _site.AddTo(this);
        Add(_format);
        _content.AddTo(this);
        SetAction(Run);
    }

    private int Run(ParseResult parsed)
    {
        var format = parsed.GetValue(_format) ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new UsageException($"Unknown format '{format}'.", format, "Use --format text or --format json.");
        }

        var site = _site.Resolve(parsed, _env);
        var report = SiteBuilder.Check(site, _content.Read(parsed));
        if (format == "json")
        {
            _env.Out.WriteLine(Diagnostics.DiagnosticJson.Write(report.Diagnostics, indented: true));
        }
        else
        {
            DiagnosticPrinter.Print(report.Diagnostics, site, _env.Out);
            var errors = report.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
            _env.Out.WriteLine($"Checked {ReportedBuild.Count(report.Posts, "post")} and {ReportedBuild.Count(report.Pages, "page")}: " +
                $"{ReportedBuild.Count(errors, "error")}, {ReportedBuild.Count(report.Diagnostics.Count - errors, "warning")}.");
        }

        return report.Succeeded ? CommandLine.Success : CommandLine.ContentErrors;
    }
}
