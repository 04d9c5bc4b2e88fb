namespace Inkstone.Building;

/// <summary>What a build includes and where it writes, from the command line.</summary>
public sealed record BuildOptions
{
    public bool IncludeDrafts { get; init; }

    public bool IncludeFuture { get; init; }

    /// <summary>Overrides <c>base_url</c> from the config (for previews and staging hosts).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// Math errors, broken links, missing images and anchors and images without alt text fail the build;
    /// without it they are warnings and the site is published.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>The build only checks (<c>inkstone check</c>): content problems are errors, as with <see cref="Strict"/>.</summary>
    internal bool Checking { get; init; }

    /// <summary>"Now", for leaving out posts dated in the future; tests pass a fixed clock.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Renders every post afresh, neither reading nor writing the site's <c>.inkstone/cache/</c>.</summary>
    public bool NoCache { get; init; }

    /// <summary>
    /// Builds into an output folder that holds files Inkstone did not write (<c>--force</c>); they are replaced.
    /// Never allows the site's own folders or a home folder (<see cref="Output.OutputFolderRule"/>).
    /// </summary>
    public bool ForceOutputFolder { get; init; }

    /// <summary>
    /// Told the number of each change publishing makes to the file system, before it is made. Test-only: the
    /// command line sets it from <c>INKSTONE_FAULT_AT=commit:N</c> to kill itself at change N, so that the
    /// crash-consistency test can stop a real build at every point of publishing.
    /// </summary>
    internal Action<int>? OnPublishingStep { get; init; }

    /// <summary>
    /// Told each stage as it starts, and each post as the markdown stage finishes it (from several threads at
    /// once), so a terminal can show how far a long build is.
    /// </summary>
    public IProgress<BuildProgress>? Progress { get; init; }

    /// <summary>Leaves the search index out: only for measuring what indexing adds to a build (bench/).</summary>
    internal bool SkipSearch { get; init; }

    /// <summary>Smaller sitemap limits than the protocol's, so tests split a sitemap without building 50,000 pages.</summary>
    internal Feeds.SitemapLimits? SitemapLimits { get; init; }

    /// <summary>A smaller size than <see cref="Search.SearchShardWriter.MaxShardBytes"/> past which a term shard is cut into parts, so tests cut one without 50,000 posts.</summary>
    internal int? SearchShardBytes { get; init; }
}
