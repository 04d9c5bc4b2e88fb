using System.Text;

namespace Inkstone.Output;

/// <summary>
/// Writes straight into an existing site folder, each file replaced whole (written beside it, then
/// renamed over it), so a reader never gets half a page. Used by incremental rebuilds while serving.
/// </summary>
internal sealed class DirectoryOutput(string root) : IOutputSink
{
    private readonly string _root = Path.GetFullPath(root);
    private int _count;

    public int FileCount => _count;

    public void Write(string path, byte[] bytes)
    {
        var full = Path.Combine(_root, OutputPath.Check(path));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".inkstone-tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, full, overwrite: true);
        Interlocked.Increment(ref _count);
    }

    public void Copy(string path, Func<Stream> open)
    {
        var full = Path.Combine(_root, OutputPath.Check(path));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".inkstone-tmp";
        using (var source = open())
        using (var target = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            source.CopyTo(target);
        }

        File.Move(temporary, full, overwrite: true);
        Interlocked.Increment(ref _count);
    }

    public void WriteText(string path, string text) => Write(path, Encoding.UTF8.GetBytes(text));
}
