namespace Inkstone.Output;

/// <summary>Output that is checked and counted but not kept: <c>inkstone check</c> runs the whole pipeline without writing a site.</summary>
internal sealed class DiscardingOutput : IOutputSink
{
    private int _count;

    public int FileCount => _count;

    public void Write(string path, byte[] bytes)
    {
        OutputPath.Check(path);
        Interlocked.Increment(ref _count);
    }

    public void Copy(string path, Func<Stream> open) => Write(path, []);

    public void WriteText(string path, string text)
    {
        OutputPath.Check(path);
        Interlocked.Increment(ref _count);
    }
}
