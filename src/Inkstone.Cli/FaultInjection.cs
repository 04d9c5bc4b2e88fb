using System.Diagnostics;
using System.Globalization;

namespace Inkstone.Cli;

/// <summary>
/// Test-only. <c>INKSTONE_FAULT_AT=commit:N</c> makes <c>build</c> kill its own process with SIGKILL (no
/// clean-up of any kind runs) just before the N-th change publishing makes to the file system, so that the
/// crash-consistency test can stop a real build at every point of publishing. A build that makes fewer
/// changes says how many it made. <c>upload:N</c> makes <c>deploy</c> kill itself the same way just before
/// its N-th upload, so that the deploy tests can interrupt a real deploy and resume it. Not for writers: it
/// exists to prove the output survives such a kill.
/// </summary>
internal static class FaultInjection
{
    public const string Variable = "INKSTONE_FAULT_AT";

    /// <summary>The hook for <paramref name="setting"/> (the variable's value), or null when it is unset or not of the form <c>commit:N</c>.</summary>
    public static PublishingFault? Parse(string? setting) => Parse(setting, "commit:");

    /// <summary>The hook for <c>upload:N</c>, or null.</summary>
    public static PublishingFault? ParseUpload(string? setting) => Parse(setting, "upload:");

    private static PublishingFault? Parse(string? setting, string kind) =>
        setting is not null && setting.StartsWith(kind, StringComparison.Ordinal)
            && int.TryParse(setting.AsSpan(kind.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var at) && at > 0
            ? new PublishingFault(at)
            : null;

    /// <summary>Kills the process at change <see cref="At"/>; counts the changes made until then.</summary>
    internal sealed class PublishingFault(int at)
    {
        private int _last;

        public int At { get; } = at;

        public int ChangesMade => _last;

        public void Reached(int change)
        {
            Interlocked.Exchange(ref _last, change);
            if (change == At)
            {
                using var self = Process.GetCurrentProcess();
                self.Kill();
            }
        }
    }
}
