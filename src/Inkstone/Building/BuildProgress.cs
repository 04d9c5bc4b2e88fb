namespace Inkstone.Building;

/// <summary>
/// Where a build is, for a progress display: the stage running and, in stages that go post by post, how many of
/// <see cref="Total"/> are done (both 0 in the other stages).
/// </summary>
public sealed record BuildProgress(string Stage, int Done, int Total);
