using System.Runtime.InteropServices;

namespace Inkstone.Output;

/// <summary>
/// Gives a file a second name in another tree without copying it: a hard link shares the file, its bytes
/// and its modification time, so an unchanged page costs one system call and keeps its time for sync
/// tools. Neither name is ever written through afterwards (a build replaces a file by a new one), so
/// the two trees never change each other. Where links cannot be made (Windows here, FAT, some network
/// file systems), the file is copied and given the same modification time.
/// </summary>
internal static class HardLinker
{
    public static void LinkOrCopy(string existing, string link)
    {
        if (!OperatingSystem.IsWindows())
        {
            if (Link(existing, link) == 0)
            {
                return;
            }

            var error = Marshal.GetLastPInvokeError();
            if (error is not (Errno.NotPermitted or Errno.CrossDevice or Errno.TooManyLinks or Errno.NotSupported or Errno.NotSupportedOnMac))
            {
                throw new IOException($"Could not link '{link}' to '{existing}': {Marshal.GetPInvokeErrorMessage(error)}.");
            }
        }

        File.Copy(existing, link);
        File.SetLastWriteTimeUtc(link, File.GetLastWriteTimeUtc(existing));
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Link(string existing, string link);

    private static class Errno
    {
        public const int NotPermitted = 1; // EPERM: the file system has no hard links
        public const int CrossDevice = 18; // EXDEV
        public const int TooManyLinks = 31; // EMLINK
        public const int NotSupported = 95; // EOPNOTSUPP on Linux
        public const int NotSupportedOnMac = 45; // ENOTSUP on macOS
    }
}
