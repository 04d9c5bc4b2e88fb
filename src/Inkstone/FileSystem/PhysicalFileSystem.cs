namespace Inkstone.FileSystem;

/// <summary>A site folder on disk.</summary>
internal sealed class PhysicalFileSystem : ISiteFileSystem
{
    private readonly GitHistory _history;

    public PhysicalFileSystem(string root)
    {
        Root = System.IO.Path.GetFullPath(root);
        _history = new GitHistory(Root);
    }

    public string Root { get; }

    public bool FileExists(string path) => File.Exists(Full(path));

    public bool DirectoryExists(string path) => System.IO.Directory.Exists(Full(path));

    public IReadOnlyList<string> EnumerateFiles(string directory)
    {
        var full = Full(directory);
        if (!System.IO.Directory.Exists(full))
        {
            return [];
        }

        var files = System.IO.Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
            .Select(f => SitePath.Normalize(System.IO.Path.GetRelativePath(Root, f)))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(Full(path));

    public string FileStamp(string path)
    {
        var info = new FileInfo(Full(path));
        return info.Exists
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{info.Length}:{info.LastWriteTimeUtc.Ticks}")
            : "";
    }

    public FileDate? FirstSeen(string path)
    {
        if (_history.FirstCommit(SitePath.Normalize(path)) is { } committed)
        {
            return new FileDate(committed, FileDateSource.FirstCommit);
        }

        var info = new FileInfo(Full(path));
        return info.Exists ? new FileDate(new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero), FileDateSource.Modified) : null;
    }

    private string Full(string path) => System.IO.Path.Combine(Root, SitePath.Normalize(path));
}
