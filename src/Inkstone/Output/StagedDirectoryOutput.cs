using System.Text;

namespace Inkstone.Output;

/// <summary>
/// Writes a build into a fresh folder beside the real output and swaps it in only when the build
/// succeeds, so a failed build leaves the previous site untouched and readers never see half a site.
/// A file identical to the published one is linked rather than written again (<see cref="UnchangedFileLinker"/>).
/// </summary>
internal sealed class StagedDirectoryOutput : IOutputSink, IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private int _count;
    private bool _committed;

    public StagedDirectoryOutput(string target)
    {
        _target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_target) ?? throw new InvalidOperationException("The output folder cannot be a file system root.");
        Directory.CreateDirectory(parent);
        _staging = Path.Combine(parent, $".{Path.GetFileName(_target)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_staging);
    }

    public int FileCount => _count;

    public void Write(string path, byte[] bytes)
    {
        var relative = OutputPath.Check(path);
        var full = Path.Combine(_staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (!UnchangedFileLinker.TryLink(Path.Combine(_target, relative), full, bytes))
        {
            // A path written twice may already be a link to the published file: replace the link, never
            // write through it, or a failed build would have changed the site it promised to keep.
            File.Delete(full);
            File.WriteAllBytes(full, bytes);
        }

        Interlocked.Increment(ref _count);
    }

    public void WriteText(string path, string text) => Write(path, Encoding.UTF8.GetBytes(text));

    /// <summary>Replaces the output folder with the staged one.</summary>
    public void Commit()
    {
        var old = _target + $".old-{Guid.NewGuid():N}";
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, old);
        }

        Directory.Move(_staging, _target);
        _committed = true;
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }
}
