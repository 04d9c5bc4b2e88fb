using Inkstone.Building;

namespace Inkstone.Server.Live;

/// <summary>
/// What one rebuild after a change did: the changed files, the build (with the number of files it
/// wrote), whether only the pages that depend on the change were rebuilt, and the event sent to the tabs.
/// </summary>
internal sealed record RebuildReport(IReadOnlyCollection<string> ChangedPaths, BuildReport Build, string EventSent, bool Incremental);
