using System.Buffers;
using System.Runtime.InteropServices;

namespace Inkstone.Output;

/// <summary>
/// Lets a staged build reuse a file of the published site whose bytes it would write again: the staged
/// path becomes a second hard link to it, which costs a fraction of writing and keeps its modification
/// time, so tools that sync by time (rsync, many deploy scripts) see only what changed. When the old site
/// is deleted after the swap, the staged links keep the content. Unix only; elsewhere, or whenever
/// linking fails, the caller writes the file.
/// </summary>
internal static partial class UnchangedFileLinker
{
    /// <summary>Links <paramref name="staged"/> to <paramref name="published"/> when that file holds exactly <paramref name="bytes"/>.</summary>
    public static bool TryLink(string published, string staged, byte[] bytes)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return false;
        }

        try
        {
            var info = new FileInfo(published);
            return info.Exists && info.Length == bytes.Length && info.LinkTarget is null
                && HoldsExactly(published, bytes) && Link(published, staged) == 0;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool HoldsExactly(string path, byte[] bytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length + 1);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            var read = 0;
            int n;
            while ((n = stream.Read(buffer, read, buffer.Length - read)) > 0)
            {
                read += n;
                if (read > bytes.Length)
                {
                    return false;
                }
            }

            return buffer.AsSpan(0, read).SequenceEqual(bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string created);
}
