namespace Inkstone.Output;

/// <summary>
/// An output that changes the site folder only when the build succeeded and says so: until
/// <see cref="Commit"/>, the published site is exactly as it was; disposing without committing
/// leaves no trace.
/// </summary>
internal interface IPublishingOutput : IOutputSink, IDisposable
{
    void Commit();

    /// <summary>How many files were kept as published without being made again (<see cref="IOutputSink.TryKeep"/>).</summary>
    int FilesKept => 0;

    /// <summary>
    /// The output for a build into <paramref name="target"/>: a new folder swapped in whole when there is
    /// no site yet, otherwise an update of the changed files only. With a <paramref name="ledger"/>, files
    /// made from unchanged inputs can be kept without being made again.
    /// </summary>
    static IPublishingOutput Open(string target, OutputLedger? ledger = null)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? throw new InvalidOperationException("The output folder cannot be a file system root.");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.staging-{Guid.NewGuid():N}");
        return Directory.Exists(full)
            ? new ChangedFilesOutput(full, staging, ledger)
            : new StagedDirectoryOutput(full, staging, ledger);
    }
}
