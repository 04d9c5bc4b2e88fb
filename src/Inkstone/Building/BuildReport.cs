using Inkstone.Diagnostics;

namespace Inkstone.Building;

/// <summary>What a build did: counts, time per stage and every diagnostic.</summary>
public sealed record BuildReport(
    int Posts,
    int Pages,
    int FilesWritten,
    TimeSpan Elapsed,
    IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>How many posts and pages came from the disk cache instead of being rendered.</summary>
    public int PostsFromCache { get; init; }

    /// <summary>How many files were kept as the last build published them, made from the same inputs, without being made again.</summary>
    public int FilesKept { get; init; }

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
