using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Inkstone.Output;

/// <summary>
/// Rebuilds a published site by touching only what changed. A file whose bytes equal the published one
/// is left alone (so its modification time stays, and sync tools that go by time see only what changed);
/// any other file is written into a staging folder beside the site. Nothing in the site changes until
/// <see cref="Commit"/>, so a failed build leaves it exactly as it was; the commit then moves each new
/// file over the old one (a rename, so a reader gets the old page or the new one, never half of one)
/// and removes what the new build no longer has.
/// </summary>
/// <remarks>
/// Swapping in a whole new folder, as the first build does, would create every folder and link of the
/// site again: on a 4,000-post site that is some 6,000 folders made and removed per build, which cost
/// more than everything else a cached build does.
/// </remarks>
internal sealed class ChangedFilesOutput : IPublishingOutput
{
    private readonly string _target;
    private readonly string _staging;
    private readonly PublishedTree _published;
    private readonly OutputLedger? _ledger;
    private readonly ConcurrentDictionary<string, string?> _written = new(StringComparer.Ordinal);
    private int _staged;
    private int _kept;
    private bool _committed;

    public ChangedFilesOutput(string target, string staging, OutputLedger? ledger)
    {
        _target = target;
        _ledger = ledger;
        _published = PublishedTree.Read(target);
        _staging = staging;
        Directory.CreateDirectory(_staging);
    }

    public int FileCount => _written.Count;

    public bool NotesInputs => _ledger is not null;

    public int FilesKept => _kept;

    public void Write(string path, byte[] bytes) => Put(path, bytes, null);

    public void Write(string path, byte[] bytes, UInt128? inputs) => Put(path, bytes, inputs);

    public bool TryKeep(string path, UInt128 inputs)
    {
        var relative = OutputPath.Check(path);
        if (_ledger is null || !_published.Files.Contains(relative) || !_ledger.Holds(relative, inputs, Path.Combine(_target, relative)))
        {
            return false;
        }

        _written[relative] = null;
        _ledger.Keep(relative);
        Interlocked.Increment(ref _kept);
        return true;
    }

    public bool TryKeepFolder(string folder, UInt128 inputs)
    {
        if (_ledger?.MadeUnder(OutputPath.Check(folder), inputs) is not { } files
            || !files.All(f => _published.Files.Contains(f) && _ledger.StillAsWritten(f, Path.Combine(_target, f))))
        {
            return false;
        }

        foreach (var relative in files)
        {
            _written[relative] = null;
            _ledger.Keep(relative);
        }

        Interlocked.Add(ref _kept, files.Count);
        return true;
    }

    public void WriteText(string path, string text) => Write(path, Encoding.UTF8.GetBytes(text));

    public void Commit()
    {
        // Staged files are renamed with their modification times, which the ledger noted.
        var needed = FoldersHolding(_written.Keys);
        RemoveWhatIsGone(needed);
        var made = new HashSet<string>(_published.Folders, StringComparer.Ordinal);
        foreach (var (relative, staged) in _written)
        {
            if (staged is null)
            {
                continue;
            }

            var folder = Parent(relative);
            if (folder.Length > 0 && made.Add(folder))
            {
                Directory.CreateDirectory(Path.Combine(_target, folder));
            }

            File.Move(staged, Path.Combine(_target, relative), overwrite: true);
        }

        _committed = true;
        Directory.Delete(_staging, recursive: true);
        _ledger?.Save();
    }

    private void Put(string path, byte[] bytes, UInt128? inputs)
    {
        var relative = OutputPath.Check(path);
        var published = Path.Combine(_target, relative);
        string? staged = null;
        if (!_published.Files.Contains(relative) || !HoldsExactly(published, bytes))
        {
            staged = Path.Combine(_staging, Interlocked.Increment(ref _staged).ToString(CultureInfo.InvariantCulture));
            File.WriteAllBytes(staged, bytes);
        }

        // The last write of a path wins, as it would on disk; an earlier staged copy is left to the staging folder's removal.
        _written[relative] = staged;
        _ledger?.Note(relative, inputs, staged ?? published);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }

    /// <summary>
    /// Deletes the published files the new site does not have, folders that hold none of its files, and
    /// every symbolic link that is not about to be replaced: a link left where the new site needs a
    /// folder would let the commit write through it, outside the output folder.
    /// </summary>
    private void RemoveWhatIsGone(HashSet<string> needed)
    {
        foreach (var folder in _published.Folders.Where(f => !needed.Contains(f) && needed.Contains(Parent(f))))
        {
            Directory.Delete(Path.Combine(_target, folder), recursive: true);
        }

        foreach (var file in _published.Files.Concat(_published.Others))
        {
            if (needed.Contains(Parent(file)) && !(_written.TryGetValue(file, out var staged) && (staged is not null || _published.Files.Contains(file))))
            {
                File.Delete(Path.Combine(_target, file));
            }
        }
    }

    /// <summary>Every folder that holds a written file, with all its ancestors; "" is the site's root.</summary>
    private static HashSet<string> FoldersHolding(IEnumerable<string> files)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var file in files)
        {
            for (var folder = Parent(file); folder.Length > 0 && folders.Add(folder); folder = Parent(folder))
            {
            }
        }

        return folders;
    }

    private static string Parent(string relative)
    {
        var slash = relative.LastIndexOf('/');
        return slash < 0 ? "" : relative[..slash];
    }

    private static bool HoldsExactly(string path, byte[] bytes)
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
