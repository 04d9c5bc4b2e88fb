using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using Inkstone.Caching;

namespace Inkstone.Output;

/// <summary>
/// What the last build into one output folder made from known inputs: for each such file, the digest
/// of its inputs and the file's size and modification time as written. When a build finds the same
/// inputs and the file still as written, it keeps the file without making it again (a page is not
/// rendered, the search index is not built). Kept in the site's cache folder, one file per output
/// folder, and saved only when a build's output is committed, so it always describes the published
/// site. A ledger from another version of Inkstone, or a damaged one, reads as empty.
/// </summary>
internal sealed class OutputLedger
{
    private const string Magic = "INKSTONE-OUTPUT-LEDGER";
    private const int FormatNumber = 1;

    private readonly string _file;
    private readonly string _engineVersion;
    private readonly Dictionary<string, Entry> _previous;
    private readonly ConcurrentDictionary<string, Entry> _next = new(StringComparer.Ordinal);

    private OutputLedger(string file, string engineVersion, Dictionary<string, Entry> previous)
    {
        _file = file;
        _engineVersion = engineVersion;
        _previous = previous;
    }

    /// <summary>The ledger of builds into <paramref name="outputFolder"/>, kept in <paramref name="cacheDirectory"/>.</summary>
    public static OutputLedger Open(string cacheDirectory, string outputFolder, string? engineVersion = null)
    {
        var version = engineVersion ?? EngineVersion.Current;
        var file = FileFor(cacheDirectory, outputFolder);
        return new OutputLedger(file, version, Read(file, version));
    }

    /// <summary>True when a build of the site whose cache is <paramref name="cacheDirectory"/> published into <paramref name="outputFolder"/>.</summary>
    public static bool Exists(string cacheDirectory, string outputFolder) => File.Exists(FileFor(cacheDirectory, outputFolder));

    private static string FileFor(string cacheDirectory, string outputFolder) =>
        Path.Combine(cacheDirectory, $"outputs-{XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(Path.GetFullPath(outputFolder))):x16}.bin");

    /// <summary>True when the last build made <paramref name="relative"/> from <paramref name="inputs"/> and the file at <paramref name="full"/> is still as it wrote it.</summary>
    public bool Holds(string relative, UInt128 inputs, string full) =>
        _previous.TryGetValue(relative, out var entry) && entry.Inputs == inputs && StillAsWritten(entry, full);

    /// <summary>
    /// The files the last build made under <paramref name="folder"/> from <paramref name="inputs"/>, or null
    /// when there are none. Files made together from one digest (the search index's shards) are all of
    /// them: a build that made any of them from other inputs noted those instead.
    /// </summary>
    public IReadOnlyList<string>? MadeUnder(string folder, UInt128 inputs)
    {
        var prefix = folder + "/";
        var files = _previous.Where(e => e.Value.Inputs == inputs && e.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(e => e.Key).ToList();
        return files.Count > 0 ? files : null;
    }

    /// <summary>True when the file at <paramref name="full"/> is still as the last build recorded <paramref name="relative"/> (callers know it is a regular file, not a link).</summary>
    public bool StillAsWritten(string relative, string full) =>
        _previous.TryGetValue(relative, out var entry) && StillAsWritten(entry, full);

    /// <summary>Carries the last build's entry for a file this build keeps.</summary>
    public void Keep(string relative)
    {
        if (_previous.TryGetValue(relative, out var entry))
        {
            _next[relative] = entry;
        }
    }

    /// <summary>
    /// Notes that this build made <paramref name="relative"/> from <paramref name="inputs"/>, as the file at
    /// <paramref name="written"/> now is; with no inputs, forgets what the last build noted of it.
    /// </summary>
    public void Note(string relative, UInt128? inputs, string written)
    {
        if (inputs is { } digest)
        {
            var file = new FileInfo(written);
            _next[relative] = new Entry(digest, file.Length, file.LastWriteTimeUtc.Ticks);
        }
        else
        {
            _next.TryRemove(relative, out _);
        }
    }

    /// <summary>Writes what this build noted. A ledger that cannot be written costs the next build its speed, never its correctness.</summary>
    public void Save()
    {
        try
        {
            Write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing to do: the next build makes every file.
        }
    }

    private static bool StillAsWritten(Entry entry, string full)
    {
        var info = new FileInfo(full);
        return info.Exists && info.Length == entry.Length && info.LastWriteTimeUtc.Ticks == entry.WriteTicks;
    }

    private void Write() =>
        WholeFile.Write(_file, writer =>
        {
            writer.Write(Magic);
            writer.Write(FormatNumber);
            writer.Write(_engineVersion);
            var entries = _next.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
            writer.Write(entries.Count);
            Span<byte> inputs = stackalloc byte[16];
            foreach (var (relative, entry) in entries)
            {
                writer.Write(relative);
                BinaryPrimitives.WriteUInt128LittleEndian(inputs, entry.Inputs);
                writer.Write(inputs);
                writer.Write(entry.Length);
                writer.Write(entry.WriteTicks);
            }
        });

    private static Dictionary<string, Entry> Read(string file, string engineVersion)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatNumber || reader.ReadString() != engineVersion)
            {
                return [];
            }

            var count = reader.ReadInt32();
            if (count < 0 || count > stream.Length)
            {
                return [];
            }

            var entries = new Dictionary<string, Entry>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var relative = reader.ReadString();
                var inputs = BinaryPrimitives.ReadUInt128LittleEndian(reader.ReadBytes(16));
                entries[relative] = new Entry(inputs, reader.ReadInt64(), reader.ReadInt64());
            }

            return stream.Position == stream.Length ? entries : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or ArgumentException or FormatException)
        {
            return [];
        }
    }

    private readonly record struct Entry(UInt128 Inputs, long Length, long WriteTicks);
}
