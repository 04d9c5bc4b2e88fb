using System.Runtime.InteropServices;

namespace Inkstone.Output;

/// <summary>
/// Puts a new tree in the published folder's place in one step where the system allows it: Linux's
/// renameat2 with RENAME_EXCHANGE and macOS's renamex_np with RENAME_SWAP exchange two folders
/// atomically, so a reader, and a build killed at any instant, sees the old site or the new one.
/// Elsewhere (Windows; file systems without the call, such as NFS or FAT) three renames do it, and
/// for the instant between the first two there is no published folder; a build stopped there is
/// finished or undone by the next (<see cref="OutputRecovery"/>).
/// </summary>
internal static class TreeSwapper
{
    private const int AtCurrentFolder = -100;
    private const uint RenameExchange = 2;
    private const uint RenameSwap = 2;

    /// <summary>Exchanges <paramref name="folder"/>'s published and previous trees; <paramref name="step"/> is called before each change.</summary>
    public static void Swap(OutputFolder folder, Action step)
    {
        step();
        if (TryExchange(folder.Published, folder.Previous))
        {
            return;
        }

        Directory.Move(folder.Published, folder.Parked);
        step();
        Directory.Move(folder.Previous, folder.Published);
        step();
        Directory.Move(folder.Parked, folder.Previous);
    }

    /// <summary>Exchanges two folders atomically; false when this system or file system cannot, and nothing changed.</summary>
    private static bool TryExchange(string a, string b)
    {
        int result;
        try
        {
            if (OperatingSystem.IsLinux())
            {
                result = RenameAt2(AtCurrentFolder, a, AtCurrentFolder, b, RenameExchange);
            }
            else if (OperatingSystem.IsMacOS())
            {
                result = RenameXNp(a, b, RenameSwap);
            }
            else
            {
                return false;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library older than the call (glibc before 2.28)
        }

        if (result == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error is Errno.NotSupported or Errno.InvalidArgument or Errno.NoSystemCall or Errno.NotSupportedOnMac
            ? false
            : throw new IOException($"Could not exchange '{a}' and '{b}': {Marshal.GetPInvokeErrorMessage(error)}.");
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int RenameAt2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);

    [DllImport("libc", EntryPoint = "renamex_np", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int RenameXNp(string from, string to, uint flags);

    private static class Errno
    {
        public const int InvalidArgument = 22; // EINVAL: the file system does not know the flag
        public const int NoSystemCall = 38; // ENOSYS on Linux: a kernel older than 3.15
        public const int NotSupported = 95; // EOPNOTSUPP on Linux
        public const int NotSupportedOnMac = 45; // ENOTSUP on macOS
    }
}
