using System.CommandLine;
using Inkstone.Server;
using Inkstone.Server.Live;

namespace Inkstone.Cli.Commands;

/// <summary><c>inkstone serve</c>: builds into a private folder, serves it on loopback and rebuilds on every change.</summary>
internal sealed class ServeCommand : Command
{
    private readonly ConsoleEnvironment _env;
    private readonly SiteArgument _site = new();
    private readonly Option<string?> _port = new("--port", "-p") { Description = "Serves on port N, or the next free one (default: 4000).", HelpName = "N" };
    private readonly Option<string?> _host = new("--host") { Description = "Listens on ADDR and answers requests for it (default: 127.0.0.1).", HelpName = "ADDR" };
    private readonly OutputFolderOptions _output = new();
    private readonly ContentOptions _content = new();

    public ServeCommand(ConsoleEnvironment env)
        : base("serve", "Builds the site, serves it with live reload and rebuilds what each change touches.")
    {
        _env = env;
        _site.AddTo(this);
        Add(_port);
        Add(_host);
        _output.AddTo(this);
        _content.AddTo(this);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellation)
    {
        var site = _site.Resolve(parsed, _env);
        var port = 4000;
        if (parsed.GetValue(_port) is { } portText && (!int.TryParse(portText, out port) || port is < 1 or > 65535))
        {
            throw new UsageException($"'{portText}' is not a port number (1-65535).", portText);
        }

        var host = parsed.GetValue(_host) ?? "127.0.0.1";
        var output = _output.Resolve(parsed, site, Path.Combine(site, ".inkstone", "serve"), _env);
        // The server takes its port before the first build, so the site's links name the port it is served on.
        var hub = new LiveReloadHub();
        await using var server = await PreviewServer.StartAsync(output, host, port, hub, cancellation);
        var options = _content.Read(parsed) with { ForceOutputFolder = _output.Force(parsed), BaseUrl = server.Address.ToString() };
        using var live = new LiveSite(site, output, options, hub);
        var first = ReportedBuild.Run(site, output, _ => live.BuildNow(), _env);
        if (!first.Succeeded && !Output.OutputMarker.IsIn(output))
        {
            return CommandLine.ContentErrors;
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
                _env.Out.WriteLine($"Rebuilt {scope} in {rebuilt.Build.Elapsed.TotalMilliseconds:0} ms after {changed}: {rebuilt.EventSent}");
            }
            else
            {
                DiagnosticPrinter.Print(rebuilt.Build.Diagnostics, site, _env.Error);
                _env.Error.WriteLine($"The change to {changed} broke the build; still serving the last good site.");
            }
        };

        live.Watch(TimeSpan.FromMilliseconds(40));
        _env.Out.WriteLine($"Serving {site} at {server.Address} with live reload (Ctrl+C to stop)");
        await server.WaitForShutdownAsync(cancellation);
        return CommandLine.Success;
    }
}
