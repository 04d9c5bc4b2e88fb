using System.Buffers.Binary;
using System.Text;

namespace Inkstone.Caching;

/// <summary>
/// A build cache's file, <c>renders-SETTINGS.bin</c> (one per digest of the site's settings, so that
/// <c>serve</c>, whose base URL is the preview's, and <c>build</c> do not push each other's renderings
/// out): a header naming the format and the engine version, then
/// one entry per post (a 16-byte key, the payload's XxHash128, the payload's length, the payload), then
/// an end marker. A file from another format or version, or one cut short or damaged, reads as empty:
/// it is never trusted, and the next save replaces it.
/// </summary>
internal static class RenderCacheFile
{
    /// <summary>Raise whenever the layout of this file or of <see cref="CachedRenderingFormat"/> changes.</summary>
    public const int FormatNumber = 3;

    /// <summary>How many files of other settings a save leaves beside its own; older ones are deleted.</summary>
    public const int OtherSettingsKept = 2;

    /// <summary>The file name for renderings made under <paramref name="settings"/> (<see cref="RenderCacheKey.Settings"/>).</summary>
    public static string NameFor(byte[] settings) => $"renders-{System.IO.Hashing.XxHash64.HashToUInt64(settings):x16}.bin";

    /// <summary>
    /// Deletes the cache files of other settings but the <see cref="OtherSettingsKept"/> most recently used,
    /// and the single <c>renders.bin</c> of earlier versions.
    /// </summary>
    public static void DeleteOldOthers(string directory, string keep)
    {
        var others = new DirectoryInfo(directory).EnumerateFiles("renders-*.bin")
            .Where(f => f.Name != keep)
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .Skip(OtherSettingsKept)
            .Append(new FileInfo(Path.Combine(directory, "renders.bin")))
            .Where(f => f.Exists);
        foreach (var file in others)
        {
            file.Delete();
        }
    }

    private const string Magic = "INKSTONE-RENDER-CACHE";
    private const string EndMarker = "END";

    public static Dictionary<UInt128, RenderCacheEntry> Read(string path, string engineVersion)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        try
        {
            return Parse(bytes, engineVersion) ?? [];
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or FormatException or OverflowException or InvalidDataException)
        {
            return [];
        }
    }

    /// <summary>Writes the entries to a temporary file beside <paramref name="path"/> and renames it over, so a crash never leaves half a cache.</summary>
    public static void Write(string path, string engineVersion, IEnumerable<KeyValuePair<UInt128, RenderCacheEntry>> entries) =>
        WholeFile.Write(path, writer =>
        {
            writer.Write(Magic);
            writer.Write(FormatNumber);
            writer.Write(engineVersion);
            var list = entries.ToList();
            writer.Write(list.Count);
            Span<byte> key = stackalloc byte[16];
            foreach (var (id, entry) in list)
            {
                BinaryPrimitives.WriteUInt128LittleEndian(key, id);
                writer.Write(key);
                writer.Write(entry.Checksum.Span);
                writer.Write(entry.Payload.Length);
                writer.Write(entry.Payload.Span);
            }

            writer.Write(EndMarker);
        });

    private static Dictionary<UInt128, RenderCacheEntry>? Parse(byte[] bytes, string engineVersion)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadInt32() != FormatNumber || reader.ReadString() != engineVersion)
        {
            return null;
        }

        var count = reader.ReadInt32();
        if (count < 0 || count > bytes.Length)
        {
            return null;
        }

        var entries = new Dictionary<UInt128, RenderCacheEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var key = BinaryPrimitives.ReadUInt128LittleEndian(reader.ReadBytes(16));
            var checksumStart = (int)stream.Position;
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(checksumStart + RenderCacheEntry.ChecksumLength, 4));
            var payloadStart = checksumStart + RenderCacheEntry.ChecksumLength + 4;
            if (length < 0 || payloadStart + (long)length > bytes.Length)
            {
                return null;
            }

            entries[key] = new RenderCacheEntry(bytes.AsMemory(payloadStart, length), bytes.AsMemory(checksumStart, RenderCacheEntry.ChecksumLength));
            stream.Position = payloadStart + length;
        }

        return reader.ReadString() == EndMarker && stream.Position == stream.Length ? entries : null;
    }
}
