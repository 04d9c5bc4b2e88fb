using System.Text;

namespace Inkstone.Caching;

/// <summary>Writes a cache's file whole or not at all.</summary>
internal static class WholeFile
{
    /// <summary>Writes into a temporary file beside <paramref name="path"/> and renames it over, so a crash never leaves half a file.</summary>
    public static void Write(string path, Action<BinaryWriter> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.tmp-{Guid.NewGuid():N}";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                write(writer);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
