using Inkstone.FileSystem;
using Inkstone.Output;

namespace Inkstone.Building;

/// <summary>
/// A site kept built in its output folder while its sources change (the preview server's, and the tests').
/// <see cref="Build"/> publishes it whole; <see cref="Rebuild"/> runs the same whole pipeline again after an
/// edit of any kind and changes in the folder exactly the files that now come out different. Posts come from
/// the render cache the session keeps (only edited posts are rendered again), a page whose model, template and
/// settings are unchanged is not rendered, and no stage is ever run in part, so the folder is always what a
/// clean full build of the same sources would write.
/// </summary>
public sealed class SiteSession(string siteDirectory, string outputDirectory, BuildOptions options) : IDisposable
{
    /// <summary>How long the writer must pause before the session writes its render cache to the disk.</summary>
    private static readonly TimeSpan CacheSaveQuiet = TimeSpan.FromSeconds(5);

    private readonly BuildCaches _caches = new() { Decoded = new(), Readings = new(), Search = new(), Related = new(), Texts = new(), PostModels = new(), Saving = new(CacheSaveQuiet, siteDirectory) };

    /// <summary>What the folder holds as the last build made it; null until a build published the site.</summary>
    private PublishedFiles? _published;

    /// <summary>True once a build has published the site: <see cref="Rebuild"/> then changes the folder in place.</summary>
    public bool IsPublished => _published is not null;

    /// <summary>Builds the whole site and publishes it atomically when it succeeds; a failed build leaves the last good site in place.</summary>
    public BuildReport Build()
    {
        RecordingOutput? recorder = null;
        var (report, _) = SiteBuilder.Publish(siteDirectory, outputDirectory, options, _caches, output => recorder = new RecordingOutput(output));
        if (report.Succeeded && recorder is not null && Directory.Exists(outputDirectory))
        {
            _published = PublishedFiles.In(outputDirectory, recorder);
        }

        return report;
    }

    /// <summary>
    /// Brings the published site up to date with its sources, whatever changed since the last build; when this
    /// build fails, the last good site stays in place. The first call builds the site whole (<see cref="Build"/>).
    /// </summary>
    public BuildReport Rebuild()
    {
        if (_published is not { } published)
        {
            return Build();
        }

        var output = new InPlaceOutput(outputDirectory, published);
        var report = SiteBuilder.Run(new PhysicalFileSystem(siteDirectory), output, options, _caches, SiteBuilder.CacheDirectory(siteDirectory, options));
        if (!report.Succeeded)
        {
            return report;
        }

        try
        {
            _published = output.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Part of the folder may be new: the next rebuild publishes the site whole again.
            _published = null;
            return SiteBuilder.WithError(report, SiteBuilder.NotPublished(siteDirectory, OutputFolder.At(outputDirectory), e));
        }

        return report with { FilesWritten = output.FilesChanged, FilesKept = report.FilesWritten - output.FilesChanged };
    }

    /// <summary>Writes the render cache if a save is still waiting for the writer to pause, so the next run starts from it.</summary>
    public void Dispose() => _caches.Saving?.Dispose();
}
