namespace Inkstone.Output;

/// <summary>Where a build writes its files. Paths are relative to the output root and use '/'. Thread-safe.</summary>
internal interface IOutputSink
{
    void Write(string path, byte[] bytes);

    void WriteText(string path, string text);

    int FileCount { get; }

    /// <summary>
    /// Writes the bytes of the stream <paramref name="open"/> gives, a buffer at a time where the output is on
    /// disk: static files are copied this way, so their size never becomes memory.
    /// </summary>
    void Copy(string path, Func<Stream> open)
    {
        using var source = open();
        using var bytes = new MemoryStream();
        source.CopyTo(bytes);
        Write(path, bytes.ToArray());
    }

    /// <summary>True when the output notes the inputs files were made from, for the next build to keep them by (<see cref="TryKeep"/>).</summary>
    bool NotesInputs => false;

    /// <summary>
    /// Writes a file made from <paramref name="inputs"/> (a digest of everything that went into it; null when
    /// unknown), and notes them, so that the next build can keep the file instead of making it again (<see cref="TryKeep"/>).
    /// </summary>
    void Write(string path, byte[] bytes, UInt128? inputs) => Write(path, bytes);

    /// <summary>
    /// Keeps the published file at <paramref name="path"/> as this build's when the last build made it from
    /// the same <paramref name="inputs"/> and it is still as written; the caller then need not make it.
    /// </summary>
    bool TryKeep(string path, UInt128 inputs) => false;

    /// <summary>Like <see cref="TryKeep"/> for every file under <paramref name="folder"/> at once: all of them, or none.</summary>
    bool TryKeepFolder(string folder, UInt128 inputs) => false;
}
