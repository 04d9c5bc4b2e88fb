using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;

namespace Inkstone.Output;

/// <summary>
/// One build of a site kept live in its published folder (the preview's): the whole pipeline writes here, but
/// only what differs from the last build reaches the disk, and only at <see cref="Commit"/>, after the build
/// succeeded, so a failed build leaves the last good site served. A file is known by what it was made from
/// (<see cref="IOutputSink.TryKeep"/>) or else by the digest of its bytes; a file the last build made and this one
/// did not is deleted. Because every file is made by the same stages as in a full build, the folder is always
/// what a full build would write, whatever the edit was.
/// </summary>
internal sealed class InPlaceOutput(string root, PublishedFiles published) : IOutputSink
{
    private readonly string _root = Path.GetFullPath(root);
    // Sized and striped for the pages stage's parallel writes: a growing concurrent dictionary locks every thread out.
    private readonly ConcurrentDictionary<string, PublishedFile> _made = new(Environment.ProcessorCount * 4, System.Math.Max(published.Count, 64), StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Func<Stream>> _changed = new(StringComparer.Ordinal);

    public int FileCount => _made.Count;

    /// <summary>How many files the commit writes: the others are already published as made.</summary>
    public int FilesChanged => _changed.Count;

    public bool NotesInputs => true;

    public void Write(string path, byte[] bytes) => Write(path, bytes, null);

    public void WriteText(string path, string text) => Write(path, Encoding.UTF8.GetBytes(text), null);

    public void Write(string path, byte[] bytes, UInt128? inputs) =>
        Note(OutputPath.Check(path), XxHash128.HashToUInt128(bytes), inputs, () => new MemoryStream(bytes, writable: false));

    public void Copy(string path, Func<Stream> open)
    {
        // Static files are hashed a buffer at a time and copied at the commit, so their size never becomes memory.
        var hash = new XxHash128();
        using (var source = open())
        {
            hash.Append(source);
        }

        Note(OutputPath.Check(path), hash.GetCurrentHashAsUInt128(), null, open);
    }

    public bool TryKeep(string path, UInt128 inputs)
    {
        if (published.Find(path) is not { Inputs: { } made } file || made != inputs)
        {
            return false;
        }

        _made[path] = file;
        return true;
    }

    public bool TryKeepFolder(string folder, UInt128 inputs)
    {
        var files = published.Under(folder);
        if (files.Count == 0 || files.Any(f => f.Value.Inputs != inputs))
        {
            return false;
        }

        foreach (var (path, file) in files)
        {
            _made[path] = file;
        }

        return true;
    }

    /// <summary>Writes what changed into the folder (each file replaced by a rename) and deletes what this build no longer makes.</summary>
    public PublishedFiles Commit()
    {
        foreach (var (path, open) in _changed)
        {
            var full = Path.Combine(_root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var temporary = full + ".inkstone-tmp";
            using (var source = open())
            using (var target = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                source.CopyTo(target);
            }

            File.Move(temporary, full, overwrite: true);
        }

        foreach (var path in published.Paths.Where(p => !_made.ContainsKey(p)))
        {
            Delete(path);
        }

        return new PublishedFiles(_made);
    }

    private void Note(string path, UInt128 content, UInt128? inputs, Func<Stream> open)
    {
        _made[path] = new PublishedFile(inputs, content);
        if (published.Find(path)?.Content != content)
        {
            _changed[path] = open;
        }
        else
        {
            _changed.TryRemove(path, out _);
        }
    }

    private void Delete(string path)
    {
        var full = Path.Combine(_root, path);
        File.Delete(full);

        // A full build leaves no empty folder behind either.
        for (var folder = Path.GetDirectoryName(full); folder is not null && folder.Length > _root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (!Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).Any())
            {
                break;
            }

            Directory.Delete(folder);
        }
    }
}
