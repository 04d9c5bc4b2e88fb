using System.Buffers;

namespace Inkstone.Output;

/// <summary>Compares a file on disk with bytes in memory, reading no more of the file than it needs to.</summary>
internal static class FileContent
{
    /// <summary>True when the file at <paramref name="path"/> holds exactly what <paramref name="source"/> reads from where it stands; a buffer at a time.</summary>
    public static bool Equals(string path, Stream source)
    {
        const int BufferSize = 1 << 16;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, BufferSize, FileOptions.SequentialScan);
            if (source.CanSeek && source.Length - source.Position != file.Length)
            {
                return false;
            }

            var ours = ArrayPool<byte>.Shared.Rent(BufferSize);
            var theirs = ArrayPool<byte>.Shared.Rent(BufferSize);
            try
            {
                while (true)
                {
                    var read = source.ReadAtLeast(ours.AsSpan(0, BufferSize), BufferSize, throwOnEndOfStream: false);
                    var published = file.ReadAtLeast(theirs.AsSpan(0, BufferSize), BufferSize, throwOnEndOfStream: false);
                    if (read != published || !ours.AsSpan(0, read).SequenceEqual(theirs.AsSpan(0, read)))
                    {
                        return false;
                    }

                    if (read < BufferSize)
                    {
                        return true;
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(ours);
                ArrayPool<byte>.Shared.Return(theirs);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

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
