using System.Collections.Concurrent;
using System.IO.Enumeration;
using Inkstone.Diagnostics;

namespace Inkstone.FileSystem;

/// <summary>
/// A site folder on disk, within its <see cref="SiteBoundary"/>: links out of the site are not listed or
/// read unless followed on purpose, loops of links are cut, and links to nothing are left out.
/// </summary>
internal sealed class PhysicalFileSystem : ISiteFileSystem
{
    private readonly SiteBoundary _boundary;
    private readonly GitHistory _history;

    // Files listed by EnumerateFiles, known to be inside the boundary: reading them needs no check.
    private readonly ConcurrentDictionary<string, byte> _listed = new(StringComparer.Ordinal);

    // The size and modification time of listed plain files, as the listing read them: a rebuild asks every post's
    // stamp right after listing, and a second stat of each file cost as much as the listing.
    private readonly ConcurrentDictionary<string, (long Length, long Ticks)> _stamps = new(StringComparer.Ordinal);

    public PhysicalFileSystem(string root)
        : this(SiteBoundary.Of(Path.GetFullPath(root)))
    {
    }

    private PhysicalFileSystem(SiteBoundary boundary)
    {
        _boundary = boundary;
        _history = new GitHistory(boundary.Root);
    }

    public string Root => _boundary.Root;

    public IEnumerable<Diagnostic> Problems => _boundary.Problems;

    public ISiteFileSystem FollowingLinksOutOfTheSite() => _boundary.FollowsLinks ? this : new PhysicalFileSystem(_boundary.FollowingLinks());

    public bool FileExists(string path) => Readable(path) is { } full && File.Exists(full);

    public bool DirectoryExists(string path) => Readable(path) is { } full && Directory.Exists(full);

    public IReadOnlyList<string> EnumerateFiles(string directory)
    {
        var relative = SitePath.Normalize(directory).TrimEnd('/');
        if (Readable(relative) is not { } full || !Directory.Exists(full) || RealPath.TryResolve(full) is not { } real)
        {
            return [];
        }

        var files = new List<string>();
        Walk(relative, real, [real], files);
        files.Sort(StringComparer.Ordinal);
        foreach (var file in files)
        {
            _listed[file] = 0;
        }

        return files;
    }

    public byte[] ReadAllBytes(string path) =>
        Readable(path) is { } full ? File.ReadAllBytes(full) : throw new FileNotFoundException($"'{path}' is not in the site (a link out of it is not read).");

    public Stream OpenRead(string path) =>
        Readable(path) is { } full
            ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan)
            : throw new FileNotFoundException($"'{path}' is not in the site (a link out of it is not read).");

    public string FileStamp(string path)
    {
        if (_stamps.TryGetValue(SitePath.Normalize(path), out var listed))
        {
            return Stamp(listed.Length, listed.Ticks);
        }

        var info = Readable(path) is { } full ? new FileInfo(full) : null;
        return info is { Exists: true }
            ? Stamp(info.Length, info.LastWriteTimeUtc.Ticks)
            : "";
    }

    public DateTime? LastWriteTimeUtc(string path)
    {
        if (_stamps.TryGetValue(SitePath.Normalize(path), out var listed))
        {
            return new DateTime(listed.Ticks, DateTimeKind.Utc);
        }

        var info = Readable(path) is { } full ? new FileInfo(full) : null;
        return info is { Exists: true } ? info.LastWriteTimeUtc : null;
    }

    private static string Stamp(long length, long ticks) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{length}:{ticks}");

    public FileDate? FirstSeen(string path)
    {
        if (_history.FirstCommit(SitePath.Normalize(path)) is { } committed)
        {
            return new FileDate(committed, FileDateSource.FirstCommit);
        }

        var info = Readable(path) is { } full ? new FileInfo(full) : null;
        return info is { Exists: true } ? new FileDate(new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero), FileDateSource.Modified) : null;
    }

    /// <summary>Lists a folder's files, following the links the boundary allows and never into a folder it is already inside.</summary>
    private void Walk(string relative, string real, List<string> chain, List<string> files)
    {
        var entries = new FileSystemEnumerable<(string Name, FileAttributes Attributes, long Length, long Ticks)>(real,
            (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.Attributes, entry.IsDirectory ? 0 : entry.Length, entry.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true, RecurseSubdirectories = false });
        foreach (var (name, attributes, length, ticks) in entries)
        {
            var path = relative.Length == 0 ? name : relative + "/" + name;
            if (name.Contains('\\', StringComparison.Ordinal))
            {
                _boundary.ReportBackslash(path);
                continue;
            }

            var full = Path.Combine(real, name);
            if ((attributes & FileAttributes.ReparsePoint) != 0)
            {
                var target = _boundary.Follow(path, full);
                if (target.Path is null)
                {
                    continue;
                }

                if (!target.IsFolder)
                {
                    files.Add(path);
                }
                else if (chain.Any(folder => RealPath.IsAtOrUnder(folder, target.Path)))
                {
                    _boundary.ReportLoop(path);
                }
                else
                {
                    Walk(path, target.Path, [.. chain, target.Path], files);
                }
            }
            else if ((attributes & FileAttributes.Directory) != 0)
            {
                Walk(path, full, [.. chain, full], files);
            }
            else
            {
                files.Add(path);
                _stamps[path] = (length, ticks);
            }
        }
    }

    /// <summary>The full path to read for a site path, or null when the boundary leaves it out.</summary>
    private string? Readable(string path)
    {
        var relative = SitePath.Normalize(path);
        var full = Path.Combine(Root, relative);
        return relative.Length == 0 || _listed.ContainsKey(relative) ? full : _boundary.Admit(relative, full);
    }
}
