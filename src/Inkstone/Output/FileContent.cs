using System.Buffers;

namespace Inkstone.Output;

/// <summary>Compares a file on disk with bytes in memory, reading no more of the file than it needs to.</summary>
internal static class FileContent
{
    /// <summary>True when the file at <paramref name="path"/> holds exactly <paramref name="bytes"/>; false when it differs or cannot be read.</summary>
    public static bool Equals(string path, byte[] bytes)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (RandomAccess.GetLength(handle) != bytes.Length)
            {
                return false;
            }

            var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length + 1);
            try
            {
                var read = 0;
                int n;
                while ((n = RandomAccess.Read(handle, buffer.AsSpan(read), read)) > 0)
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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
