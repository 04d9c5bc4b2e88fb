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
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
