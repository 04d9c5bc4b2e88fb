using System.CommandLine;
using Inkstone.Building;
using Inkstone.Deploying;

namespace Inkstone.Cli.Commands;

/// <summary>
/// <c>inkstone deploy</c>: builds the site, then brings a bucket, a git branch or a folder up to date with it,
/// uploading only files whose bytes changed and deleting what the site no longer has.
/// </summary>
internal sealed class DeployCommand : Command
{
    /// <summary>A real deploy lists this many uploads and deletions each; a dry run lists them all.</summary>
    private const int Listed = 20;

    private readonly ConsoleEnvironment _env;
    private readonly SiteArgument _site = new();
    private readonly OutputFolderOptions _output = new();
    private readonly Option<string?> _to = new("--to")
    {
        Description = "Where to deploy: s3://BUCKET/PREFIX, git:BRANCH or a folder (default: deploy.to in inkstone.yml).",
        HelpName = "TARGET",
    };

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Lists what would be uploaded and deleted, and changes nothing at the target." };
    private readonly Option<bool> _noBuild = new("--no-build") { Description = "Deploys the output folder as it is, without building first." };

    public DeployCommand(ConsoleEnvironment env)
        : base("deploy", "Builds the site and publishes it to a bucket, a git branch or a folder, uploading only what changed.")
    {
        _env = env;
        _site.AddTo(this);
        Add(_to);
        Add(_dryRun);
        Add(_noBuild);
        _output.AddTo(this);
        SetAction(Run);
    }

    private int Run(ParseResult parsed)
    {
        var site = _site.Resolve(parsed, _env);
        var output = _output.Resolve(parsed, site, Path.Combine(site, SiteDescription.Of(site).OutputFolder), _env);
        var to = parsed.GetValue(_to);
        var dryRun = parsed.GetValue(_dryRun);
        try
        {
            var target = DeployTargetReader.Read(to, _env.WorkingDirectory, site, _env.Variables);
            var fault = FaultInjection.ParseUpload(_env.FaultAt);
            using var deployer = ISiteDeployer.For(target, site, output, _env.Variables, fault is null ? null : fault.Reached);
            if (!parsed.GetValue(_noBuild))
            {
                var options = new BuildOptions { ForceOutputFolder = _output.Force(parsed) };
                var report = ReportedBuild.Run(site, output, progress => SiteBuilder.Build(site, output, options with { Progress = progress }), _env);
                if (!report.Succeeded)
                {
                    _env.Error.WriteLine($"Nothing was deployed to {target.Name}.");
                    return CommandLine.ContentErrors;
                }
            }

            var plan = deployer.Deploy(BuiltSite.Read(output), dryRun);
            Print(plan, target, dryRun);
            PushToBaidu(plan, site, dryRun);
            return CommandLine.Success;
        }
        catch (DeployException e) when (e.IsUsage)
        {
            throw new UsageException(e.Message, to, e.Hint) { AfterOptions = [_to.Name] };
        }
        catch (DeployException e)
        {
            _env.Error.WriteLine($"error: {TerminalText.Escape(e.Message)}");
            if (e.Hint is not null)
            {
                _env.Error.WriteLine($"  = hint: {TerminalText.Escape(e.Hint)}");
            }

            return CommandLine.ContentErrors;
        }
    }

    /// <summary>
    /// Tells Baidu of the pages this deploy uploaded, when <c>BAIDU_PUSH_TOKEN</c> is set. The site is deployed
    /// whatever Baidu answers, so a failure here is a warning and the exit code stays 0.
    /// </summary>
    private void PushToBaidu(DeployPlan plan, string site, bool dryRun)
    {
        if (_env.Variables(BaiduUrlPush.TokenVariable) is not { Length: > 0 } token)
        {
            return;
        }

        var baseUrl = SiteDescription.Of(site).BaseUrl;
        var urls = BaiduUrlPush.PageUrls(plan.Uploads, baseUrl);
        if (urls.Count == 0)
        {
            return;
        }

        if (dryRun)
        {
            _env.Out.WriteLine($"Would push {Addresses(urls.Count)} to Baidu.");
            return;
        }

        var siteName = _env.Variables(BaiduUrlPush.SiteVariable) is { Length: > 0 } named ? named : new Uri(baseUrl).GetLeftPart(UriPartial.Authority);
        var endpoint = _env.Variables(BaiduUrlPush.EndpointVariable) is { Length: > 0 } stub ? stub : BaiduUrlPush.Endpoint;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var result = BaiduUrlPush.PushAsync(http, endpoint, siteName, token, urls).GetAwaiter().GetResult();
        if (result.Problem is { } problem)
        {
            _env.Error.WriteLine($"warning: {TerminalText.Escape(problem)} {result.Pushed} of {urls.Count} pushed; the site is deployed.");
            _env.Error.WriteLine($"  = hint: Check {BaiduUrlPush.TokenVariable} and {BaiduUrlPush.SiteVariable} against Baidu's webmaster tools (资源提交 > 普通收录 > API提交).");
            return;
        }

        _env.Out.WriteLine($"Pushed {Addresses(result.Pushed)} to Baidu.");
    }

    private static string Addresses(int count) => count == 1 ? "1 address" : $"{count} addresses";

    private void Print(DeployPlan plan, DeployTarget target, bool dryRun)
    {
        var @out = _env.Out;
        if (plan.ChangesNothing)
        {
            @out.WriteLine($"{target.Name} is up to date: {ReportedBuild.Count(plan.Unchanged, "file")} unchanged, nothing {(dryRun ? "would be" : "was")} uploaded or deleted.");
            return;
        }

        var limit = dryRun ? int.MaxValue : Listed;
        @out.WriteLine(dryRun
            ? $"Dry run, nothing was changed. Deploying to {target.Name} would upload {ReportedBuild.Count(plan.Uploads.Count, "file")} and delete {plan.Deletions.Count} ({plan.Unchanged} unchanged):"
            : $"Deployed to {target.Name}: {ReportedBuild.Count(plan.Uploads.Count, "file")} uploaded, {plan.Deletions.Count} deleted, {plan.Unchanged} unchanged.");
        List(plan.Uploads.Select(f => f.Path), '+', limit);
        List(plan.Deletions, '-', limit);
    }

    private void List(IEnumerable<string> paths, char sign, int limit)
    {
        var all = paths.ToList();
        foreach (var path in all.Take(limit))
        {
            _env.Out.WriteLine($"  {sign} {TerminalText.Escape(path)}");
        }

        if (all.Count > limit)
        {
            _env.Out.WriteLine($"  {sign} ... and {all.Count - limit} more");
        }
    }
}
