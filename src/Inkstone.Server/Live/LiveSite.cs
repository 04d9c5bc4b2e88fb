using Inkstone.Building;

namespace Inkstone.Server.Live;

/// <summary>
/// Keeps a served site in step with its sources: rebuilds after each batch of changes, one rebuild at a
/// time, into the served folder (a failed build leaves the last good site in place), and tells the open
/// tabs what happened. The engine's <see cref="SiteSession"/> keeps the folder what a full build would write.
/// </summary>
internal sealed class LiveSite(string site, string output, BuildOptions options, LiveReloadHub hub) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SiteSession _session = new(site, output, options);
    private SiteWatcher? _watcher;

    public LiveReloadHub Hub { get; } = hub;

    /// <summary>Raised after every rebuild, for the command line's log and for tests.</summary>
    public event Action<RebuildReport>? Rebuilt;

    /// <summary>A full build, published whole.</summary>
    public BuildReport BuildNow() => _session.Build();

    /// <summary>Changes in the served folder only the files that come out different; the whole site when none is published yet.</summary>
    private (BuildReport Report, bool Incremental) Rebuild()
    {
        var inPlace = _session.IsPublished;
        return (_session.Rebuild(), inPlace);
    }

    public void Watch(TimeSpan quiet) => _watcher ??= new SiteWatcher(site, quiet, RebuildAsync);

    public async Task RebuildAsync(IReadOnlyCollection<string> changed)
    {
        await _gate.WaitAsync();
        try
        {
            var (report, incremental) = await Task.Run(Rebuild);
            var sent = Publish(report, changed);
            Rebuilt?.Invoke(new RebuildReport(changed, report, sent, incremental));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Tells the tabs about a build: the errors for the overlay, or to reload (or only swap stylesheets).</summary>
    public string Publish(BuildReport report, IReadOnlyCollection<string> changed)
    {
        if (!report.Succeeded)
        {
            Hub.Broadcast("errors", OverlayJson.Write(report.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error), site));
            return "errors";
        }

        // A stylesheet in assets/ is linked by a fingerprinted name that changes with it, so its pages must load again.
        var sent = changed.Count > 0 && changed.All(p => p.EndsWith(".css", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("assets/", StringComparison.Ordinal)) ? "css" : "reload";
        Hub.Broadcast(sent, "{}");
        return sent;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _session.Dispose();
        _gate.Dispose();
    }
}
