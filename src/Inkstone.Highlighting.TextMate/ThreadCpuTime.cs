using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Inkstone.Highlighting.TextMate;

/// <summary>
/// The processor time the calling thread has used: what a grammar's time budget is measured in, so a block's fate does
/// not depend on how many other threads and processes share the cores. Read from the operating system (Linux and
/// macOS <c>clock_gettime</c> with the thread's CPU clock, Windows <c>GetThreadTimes</c>); where none answers, the
/// process's wall clock stands in.
/// </summary>
internal static partial class ThreadCpuTime
{
    private static readonly long WallOrigin = Stopwatch.GetTimestamp();

    /// <summary>True when <see cref="Now"/> is the thread's processor time, false when it falls back to the wall clock.</summary>
    public static bool Measured { get; } = TryRead(out _);

    public static TimeSpan Now() => Measured && TryRead(out var time) ? time : Stopwatch.GetElapsedTime(WallOrigin);

    private static bool TryRead(out TimeSpan time)
    {
        time = TimeSpan.Zero;
        try
        {
            if (OperatingSystem.IsWindows())
            {
                if (!GetThreadTimes(GetCurrentThread(), out _, out _, out var kernel, out var user))
                {
                    return false;
                }

                time = TimeSpan.FromTicks(kernel + user); // both in 100 ns units, as TimeSpan's ticks
                return true;
            }

            var clock = OperatingSystem.IsLinux() ? 3 : OperatingSystem.IsMacOS() ? 16 : -1; // CLOCK_THREAD_CPUTIME_ID
            if (clock < 0 || clock_gettime(clock, out var spec) != 0)
            {
                return false;
            }

            time = TimeSpan.FromTicks((spec.Seconds * TimeSpan.TicksPerSecond) + (spec.Nanoseconds / 100));
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int clock_gettime(int clock, out TimeSpec time);

    [LibraryImport("kernel32")]
    private static partial nint GetCurrentThread();

    [LibraryImport("kernel32")]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool GetThreadTimes(nint thread, out long creation, out long exit, out long kernel, out long user);
}
