using System.CommandLine;
using Inkstone.Building;

namespace Inkstone.Cli.Commands;

/// <summary><c>inkstone build</c>: writes the site to its output folder, all at once and only when it builds.</summary>
internal sealed class BuildCommand : Command
{
    private readonly ConsoleEnvironment _env;
    private readonly SiteArgument _site = new();
    private readonly OutputFolderOptions _output = new();
    private readonly ContentOptions _content = new();
    private readonly Option<string?> _baseUrl = new("--base-url") { Description = "Overrides base_url from inkstone.yml (a staging host, a sub-path).", HelpName = "URL" };
    private readonly Option<bool> _timings = new("--timings") { Description = "Prints each stage's time and what came from the cache." };

    public BuildCommand(ConsoleEnvironment env)
        : base("build", "Builds the site into SITE/public/ (or OUT).")
    {
        _env = env;
        _site.AddTo(this);
        _output.AddTo(this);
        _content.AddTo(this);
        Add(_baseUrl);
        Add(_timings);
        SetAction(Run);
    }

    private int Run(ParseResult parsed)
    {
        var site = _site.Resolve(parsed, _env);
        var output = _output.Resolve(parsed, site, Path.Combine(site, SiteDescription.Of(site).OutputFolder), _env);
        var fault = FaultInjection.Parse(_env.FaultAt);
        var options = _content.Read(parsed) with
        {
            BaseUrl = BaseUrl(parsed),
            ForceOutputFolder = _output.Force(parsed),
            OnPublishingStep = fault is null ? null : fault.Reached,
        };
        var report = ReportedBuild.Run(site, output, progress => SiteBuilder.Build(site, output, options with { Progress = progress }), _env);
        if (fault is not null)
        {
            _env.Error.WriteLine($"{FaultInjection.Variable}: publishing made {fault.ChangesMade} changes, fewer than {fault.At}.");
        }

        if (parsed.GetValue(_timings))
        {
            foreach (var (stage, elapsed) in report.Stages)
            {
                _env.Out.WriteLine($"  {stage,-12} {elapsed.TotalMilliseconds,8:0} ms");
            }

            _env.Out.WriteLine($"  {report.PostsFromCache} of {report.Posts + report.Pages} posts and pages from the cache");
            _env.Out.WriteLine($"  {report.FilesKept} of {report.FilesWritten} files kept as published, not made again");
        }

        return report.Succeeded ? CommandLine.Success : CommandLine.ContentErrors;
    }

    private string? BaseUrl(ParseResult parsed)
    {
        var baseUrl = parsed.GetValue(_baseUrl);
        if (baseUrl is not null && !Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
        {
            throw new UsageException($"'{baseUrl}' is not an absolute URL.", baseUrl, "Write it in full: --base-url https://example.org/blog/");
        }

        return baseUrl;
    }
}
