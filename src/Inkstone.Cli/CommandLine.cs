using Inkstone.Building;
using Inkstone.Scaffolding;
using Inkstone.Server;
using Inkstone.Server.Live;

namespace Inkstone.Cli;

/// <summary>
/// The <c>inkstone</c> command: reads arguments, calls the engine and prints what happened.
/// Exit codes: 0 success, 1 problems in the site's content, 2 a command line it cannot understand.
/// </summary>
internal static class CommandLine
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    private const string Usage = """
        Usage:
          inkstone build [SITE] [-o OUT] [--force] [--drafts] [--future] [--base-url URL] [--strict] [--no-cache] [--timings]
          inkstone serve [SITE] [--port N] [--host ADDRESS] [-o OUT] [--force] [--drafts] [--future] [--no-cache]
          inkstone check [SITE] [--format text|json] [--drafts] [--future] [--strict] [--no-cache]
          inkstone init [SITE]
          inkstone new site DIR
          inkstone new post "标题" [--category NAME] [--site SITE]
          inkstone --version
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, ConsoleEnvironment env, CancellationToken cancellation)
    {
        try
        {
            if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
            {
                env.Out.WriteLine(Usage);
                return args.Count == 0 ? UsageError : Success;
            }

            return args[0] switch
            {
                "build" => Build(args, env),
                "serve" => await ServeAsync(args, env, cancellation),
                "new" => New(args, env),
                "check" => Check(args, env),
                "init" => Init(args, env),
                "--version" or "version" => Version(env),
                _ => throw new UsageException($"Unknown command '{args[0]}'.", 0, "Commands: build, serve, check, init, new."),
            };
        }
        catch (UsageException e)
        {
            PrintUsageError(args, e, env.Error);
            return UsageError;
        }
    }

    private static readonly HashSet<string> BuildFlags = ["--drafts", "--future", "--strict", "--no-cache", "--timings", "--force"];
    private static readonly HashSet<string> BuildValues = ["-o", "--output", "--base-url"];

    private static int Build(IReadOnlyList<string> args, ConsoleEnvironment env)
    {
        var parsed = ParsedArguments.Parse(args, 1, BuildFlags, BuildValues, new Dictionary<string, string> { ["--output"] = "-o" });
        var site = SiteDirectory(parsed, env);
        var output = Path.GetFullPath(parsed.Value("-o") ?? Path.Combine(site, SiteDescription.Of(site).OutputFolder), env.WorkingDirectory);
        CheckOutputFolder(site, output, args, parsed.Has("--force"));
        var fault = FaultInjection.Parse(env.FaultAt);
        var report = RunBuild(site, output, Options(parsed) with { OnPublishingStep = fault is null ? null : fault.Reached }, env);
        if (fault is not null)
        {
            env.Error.WriteLine($"{FaultInjection.Variable}: publishing made {fault.ChangesMade} changes, fewer than {fault.At}.");
        }

        if (parsed.Has("--timings"))
        {
            foreach (var (stage, elapsed) in report.Stages)
            {
                env.Out.WriteLine($"  {stage,-12} {elapsed.TotalMilliseconds,8:0} ms");
            }

            env.Out.WriteLine($"  {report.PostsFromCache} of {report.Posts + report.Pages} posts and pages from the cache");
            env.Out.WriteLine($"  {report.FilesKept} of {report.FilesWritten} files kept as published, not made again");
        }

        return report.Succeeded ? Success : ContentErrors;
    }

    private static BuildReport RunBuild(string site, string output, BuildOptions options, ConsoleEnvironment env) =>
        RunBuild(site, output, () => SiteBuilder.Build(site, output, options), env);

    private static BuildReport RunBuild(string site, string output, LiveSite live, ConsoleEnvironment env) =>
        RunBuild(site, output, live.BuildNow, env);

    private static BuildReport RunBuild(string site, string output, Func<BuildReport> build, ConsoleEnvironment env)
    {
        if (env.IsInteractive)
        {
            env.Out.Write($"Building {site} ...\r");
        }

        var hadOutput = Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any();
        var report = build();
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

    private static readonly HashSet<string> CheckFlags = ["--drafts", "--future", "--strict", "--no-cache"];
    private static readonly HashSet<string> CheckValues = ["--format"];

    private static int Check(IReadOnlyList<string> args, ConsoleEnvironment env)
    {
        var parsed = ParsedArguments.Parse(args, 1, CheckFlags, CheckValues);
        var format = parsed.Value("--format") ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new UsageException($"Unknown format '{format}'.", IndexOf(args, format), "Use --format text or --format json.");
        }

        var site = SiteDirectory(parsed, env);
        var report = SiteBuilder.Check(site, Options(parsed));
        if (format == "json")
        {
            env.Out.WriteLine(Diagnostics.DiagnosticJson.Write(report.Diagnostics, indented: true));
        }
        else
        {
            DiagnosticPrinter.Print(report.Diagnostics, site, env.Out);
            var errors = report.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
            env.Out.WriteLine($"Checked {Count(report.Posts, "post")} and {Count(report.Pages, "page")}: {Count(errors, "error")}, {Count(report.Diagnostics.Count - errors, "warning")}.");
        }

        return report.Succeeded ? Success : ContentErrors;
    }

    private static readonly HashSet<string> ServeFlags = ["--drafts", "--future", "--strict", "--no-cache", "--force"];
    private static readonly HashSet<string> ServeValues = ["--port", "-p", "--host", "-o", "--output"];

    private static async Task<int> ServeAsync(IReadOnlyList<string> args, ConsoleEnvironment env, CancellationToken cancellation)
    {
        var parsed = ParsedArguments.Parse(args, 1, ServeFlags, ServeValues, new Dictionary<string, string> { ["-p"] = "--port", ["--output"] = "-o" });
        var site = SiteDirectory(parsed, env);
        var port = 4000;
        if (parsed.Value("--port") is { } portText && (!int.TryParse(portText, out port) || port is < 1 or > 65535))
        {
            throw new UsageException($"'{portText}' is not a port number (1-65535).", IndexOf(args, portText));
        }

        var host = parsed.Value("--host") ?? "127.0.0.1";
        var output = Path.GetFullPath(parsed.Value("-o") ?? Path.Combine(site, ".inkstone", "serve"), env.WorkingDirectory);
        CheckOutputFolder(site, output, args, parsed.Has("--force"));
        // The server takes its port before the first build, so the site's links name the port it is served on.
        var hub = new LiveReloadHub();
        await using var server = await PreviewServer.StartAsync(output, host, port, hub, cancellation);
        var options = Options(parsed) with { BaseUrl = server.Address.ToString() };
        using var live = new LiveSite(site, output, options, hub);
        var first = RunBuild(site, output, live, env);
        if (!first.Succeeded && !Output.OutputMarker.IsIn(output))
        {
            return ContentErrors;
        }

        if (!first.Succeeded)
        {
            live.Publish(first, []);
        }

        live.Rebuilt += rebuilt =>
        {
            var changed = string.Join(", ", rebuilt.ChangedPaths.Order(StringComparer.Ordinal).Take(3)) + (rebuilt.ChangedPaths.Count > 3 ? ", ..." : "");
            if (rebuilt.Build.Succeeded)
            {
                var scope = rebuilt.Incremental ? $"{rebuilt.Build.FilesWritten} files" : "the whole site";
                env.Out.WriteLine($"Rebuilt {scope} in {rebuilt.Build.Elapsed.TotalMilliseconds:0} ms after {changed}: {rebuilt.EventSent}");
            }
            else
            {
                DiagnosticPrinter.Print(rebuilt.Build.Diagnostics, site, env.Error);
                env.Error.WriteLine($"The change to {changed} broke the build; still serving the last good site.");
            }
        };

        live.Watch(TimeSpan.FromMilliseconds(40));
        env.Out.WriteLine($"Serving {site} at {server.Address} with live reload (Ctrl+C to stop)");
        await server.WaitForShutdownAsync(cancellation);
        return Success;
    }

    private static readonly HashSet<string> NewValues = ["--category", "-c", "--site"];

    private static int New(IReadOnlyList<string> args, ConsoleEnvironment env)
    {
        if (args.Count < 2 || args[1] is not ("site" or "post"))
        {
            throw new UsageException("'new' makes a 'site' or a 'post'.", args.Count < 2 ? 0 : 1, "inkstone new site DIR, or inkstone new post \"标题\".");
        }

        var parsed = ParsedArguments.Parse(args, 2, new HashSet<string>(), NewValues, new Dictionary<string, string> { ["-c"] = "--category" });
        if (args[1] == "site")
        {
            var dir = parsed.Positional(0, 1) ?? throw new UsageException("'new site' needs a folder name.", 1, "inkstone new site myblog");
            var full = Path.GetFullPath(dir, env.WorkingDirectory);
            try
            {
                var files = SiteScaffolder.CreateSite(full, env.Now());
                env.Out.WriteLine($"Created a new site in {full} ({files.Count} files). Next: inkstone serve {dir}");
                return Success;
            }
            catch (IOException e)
            {
                env.Error.WriteLine($"error: {e.Message}");
                return ContentErrors;
            }
        }

        var title = parsed.Positional(0, 1) ?? throw new UsageException("'new post' needs a title.", 1, "inkstone new post \"GRPO 与 PPO 的区别\"");
        var site = Path.GetFullPath(parsed.Value("--site") ?? ".", env.WorkingDirectory);
        if (!File.Exists(Path.Combine(site, "inkstone.yml")))
        {
            env.Error.WriteLine($"error: {site} has no inkstone.yml. Run this in a site's folder or pass --site DIR.");
            return ContentErrors;
        }

        try
        {
            var path = SiteScaffolder.CreatePost(site, title, parsed.Value("--category"), SiteScaffolder.SiteNow(site, env.Now()));
            env.Out.WriteLine($"Created {path}");
            return Success;
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            env.Error.WriteLine($"error: {e.Message}");
            return ContentErrors;
        }
    }

    private static int Init(IReadOnlyList<string> args, ConsoleEnvironment env)
    {
        var parsed = ParsedArguments.Parse(args, 1, new HashSet<string>(), new HashSet<string>());
        var site = SiteDirectory(parsed, env);
        try
        {
            var path = Scaffolding.SiteInitializer.Init(site);
            env.Out.WriteLine($"Wrote {path}: what Inkstone read from the old configuration, one setting a line. Next: inkstone serve {parsed.Positional(0, 1) ?? "."}");
            return Success;
        }
        catch (IOException e)
        {
            env.Error.WriteLine($"error: {e.Message}");
            return ContentErrors;
        }
    }

    private static int Version(ConsoleEnvironment env)
    {
        env.Out.WriteLine($"inkstone {typeof(CommandLine).Assembly.GetName().Version}");
        return Success;
    }

    private static BuildOptions Options(ParsedArguments parsed)
    {
        var baseUrl = parsed.Value("--base-url");
        if (baseUrl is not null && !Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
        {
            throw new UsageException($"'{baseUrl}' is not an absolute URL.", -1, "Write it in full: --base-url https://example.org/blog/");
        }

        return new BuildOptions
        {
            IncludeDrafts = parsed.Has("--drafts"),
            IncludeFuture = parsed.Has("--future"),
            Strict = parsed.Has("--strict"),
            NoCache = parsed.Has("--no-cache"),
            ForceOutputFolder = parsed.Has("--force"),
            BaseUrl = baseUrl,
        };
    }

    private static string SiteDirectory(ParsedArguments parsed, ConsoleEnvironment env)
    {
        var site = parsed.Positional(0, 1);
        var full = Path.GetFullPath(site ?? ".", env.WorkingDirectory);
        if (!Directory.Exists(full))
        {
            throw new UsageException($"The site folder '{site}' does not exist.", parsed.Positionals.Count > 0 ? parsed.Positionals[0].Index : -1);
        }

        return full;
    }

    private static int IndexOf(IReadOnlyList<string> args, string value)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == value || args[i].EndsWith("=" + value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Prints the command line with the bad argument underlined, as Spectre.Console does.</summary>
    private static void PrintUsageError(IReadOnlyList<string> args, UsageException e, TextWriter error)
    {
        error.WriteLine($"error: {e.Message}");
        if (e.ArgumentIndex >= 0 && e.ArgumentIndex < args.Count)
        {
            var prefix = "  inkstone ";
            var before = string.Concat(args.Take(e.ArgumentIndex).Select(a => a + " "));
            error.WriteLine(prefix + string.Join(' ', args));
            error.WriteLine(new string(' ', prefix.Length + before.Length) + new string('^', System.Math.Max(1, args[e.ArgumentIndex].Length)));
        }

        if (e.Hint is not null)
        {
            error.WriteLine($"  = hint: {e.Hint}");
        }

        error.WriteLine("Run 'inkstone --help' for usage.");
    }

    /// <summary>A build replaces what its output folder holds: refuse a folder that would lose the writer's files.</summary>
    private static void CheckOutputFolder(string site, string output, IReadOnlyList<string> args, bool force)
    {
        if (Output.OutputFolderRule.Refusal(site, output, force, SiteDescription.Of(site).SourceFolders) is { } refusal)
        {
            var option = System.Math.Max(IndexOf(args, "-o"), IndexOf(args, "--output"));
            throw new UsageException($"'{output}' cannot be the output folder: {refusal.Reason}.", option < 0 ? -1 : option + 1,
                refusal.ForceAllows
                    ? "Empty it or choose another folder with -o; or pass --force to let Inkstone replace what it holds."
                    : "Choose another folder with -o, such as the site's public/.");
        }
    }

    /// <summary>"1 post", "2 posts", "0 errors".</summary>
    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
