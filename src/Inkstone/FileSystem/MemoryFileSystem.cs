using System.Text;

namespace Inkstone.FileSystem;

/// <summary>A site held in memory, for whole-site tests written inline.</summary>
internal sealed class MemoryFileSystem : ISiteFileSystem
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileDate> _dates = new(StringComparer.Ordinal);

    public MemoryFileSystem Add(string path, string text) => Add(path, Encoding.UTF8.GetBytes(text));

    public MemoryFileSystem Add(string path, byte[] bytes)
    {
        _files[SitePath.Normalize(path)] = bytes;
        return this;
    }

    /// <summary>Gives a file the date a physical site would read from git or the file's modification time.</summary>
    public MemoryFileSystem Date(string path, FileDate date)
    {
        _dates[SitePath.Normalize(path)] = date;
        return this;
    }

    public FileDate? FirstSeen(string path) => _dates.GetValueOrDefault(SitePath.Normalize(path));

    public bool FileExists(string path) => _files.ContainsKey(SitePath.Normalize(path));

    public bool DirectoryExists(string path)
    {
        var dir = SitePath.Normalize(path);
        return _files.Keys.Any(k => SitePath.IsUnder(k, dir));
    }

    public IReadOnlyList<string> EnumerateFiles(string directory)
    {
        var dir = SitePath.Normalize(directory);
        return _files.Keys.Where(k => SitePath.IsUnder(k, dir)).ToList();
    }

    public string FileStamp(string path) =>
        _files.TryGetValue(SitePath.Normalize(path), out var bytes)
            ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))
            : "";

    public byte[] ReadAllBytes(string path) =>
        _files.TryGetValue(SitePath.Normalize(path), out var bytes)
            ? bytes
            : throw new FileNotFoundException($"No file '{path}' in the in-memory site.");
}
