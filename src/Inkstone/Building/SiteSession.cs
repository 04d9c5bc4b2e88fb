namespace Inkstone.Building;

/// <summary>
/// A site kept built in its output folder while its sources change (the preview server's): <see cref="Build"/>
/// builds it whole, <see cref="Apply"/> brings it up to date after the files it names changed.
/// </summary>
public sealed class SiteSession(string siteDirectory, string outputDirectory, BuildOptions options) : IDisposable
{
    private readonly BuildCaches _caches = new();
    private BuildContext? _last;

    /// <summary>Builds the whole site and publishes it when it succeeds; a failed build leaves the last good site in place.</summary>
    public BuildReport Build()
    {
        var (report, context) = SiteBuilder.BuildKeepingContext(siteDirectory, outputDirectory, options, _caches);
        _last = context;
        return report;
    }

    /// <summary>Brings the site up to date after the files at <paramref name="changed"/> (site-relative, '/') changed, were added or were deleted.</summary>
    public BuildReport Apply(IReadOnlyCollection<string> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        if (_last is not null && IncrementalRebuilder.TryRebuild(_last, changed, outputDirectory) is { } incremental)
        {
            return incremental;
        }

        return Build();
    }

    public void Dispose()
    {
    }
}
