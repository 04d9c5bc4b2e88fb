namespace Inkstone.Output;

/// <summary>Where a build writes its files. Paths are relative to the output root and use '/'. Thread-safe.</summary>
internal interface IOutputSink
{
    void Write(string path, byte[] bytes);

    void WriteText(string path, string text);

    int FileCount { get; }
}
