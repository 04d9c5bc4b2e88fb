using System.Collections.Concurrent;
using System.IO.Hashing;

namespace Inkstone.Output;

/// <summary>
/// Passes a build's files on to <paramref name="inner"/> and notes what each was made from and its digest, so
/// that a live site published whole (<see cref="SpareTreeOutput"/>) can be kept up to date in place afterwards
/// (<see cref="InPlaceOutput"/>) without making every page once more.
/// </summary>
internal sealed class RecordingOutput(IOutputSink inner) : IOutputSink
{
    private readonly ConcurrentDictionary<string, PublishedFile> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UInt128> _folders = new(StringComparer.Ordinal);

    public int FileCount => inner.FileCount;

    public bool NotesInputs => inner.NotesInputs;

    public void Write(string path, byte[] bytes) => Write(path, bytes, null);

    public void WriteText(string path, string text) => Write(path, System.Text.Encoding.UTF8.GetBytes(text), null);

    public void Write(string path, byte[] bytes, UInt128? inputs)
    {
        inner.Write(path, bytes, inputs);
        _files[path] = new PublishedFile(inputs, XxHash128.HashToUInt128(bytes));
    }

    public void Copy(string path, Func<Stream> open) => inner.Copy(path, open);

    public bool TryKeep(string path, UInt128 inputs)
    {
        var kept = inner.TryKeep(path, inputs);
        if (kept)
        {
            _files[path] = new PublishedFile(inputs, null);
        }

        return kept;
    }

    public bool TryKeepFolder(string folder, UInt128 inputs)
    {
        var kept = inner.TryKeepFolder(folder, inputs);
        if (kept)
        {
            _folders[folder + "/"] = inputs;
        }

        return kept;
    }

    /// <summary>What was noted of the file at <paramref name="path"/>; nothing for a file copied or of unknown origin.</summary>
    public PublishedFile Find(string path) =>
        _files.TryGetValue(path, out var file) ? file
        : _folders.FirstOrDefault(f => path.StartsWith(f.Key, StringComparison.Ordinal)) is { Key: not null } folder ? new PublishedFile(folder.Value, null)
        : default;
}
