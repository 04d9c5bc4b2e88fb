using System.Collections.Concurrent;
using System.Text;

namespace Inkstone.Output;

/// <summary>Output kept in memory, for tests and for <c>inkstone check</c>.</summary>
internal sealed class MemoryOutput : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public int FileCount => _files.Count;

    public void Write(string path, byte[] bytes) => _files[OutputPath.Check(path)] = bytes;

    public void WriteText(string path, string text) => Write(path, Encoding.UTF8.GetBytes(text));

    public string? ReadText(string path) => _files.TryGetValue(path, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;
}
