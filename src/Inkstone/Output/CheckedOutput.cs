using System.Collections.Concurrent;
using System.Text;
using Inkstone.Diagnostics;

namespace Inkstone.Output;

/// <summary>
/// Stands before every output a build writes to and turns what the disk would refuse into diagnostics
/// (INK0701) at the source that made the path, instead of an exception that stops the build or a crash in
/// the commit: a name longer than file systems hold (255 bytes), a path that is a file for one writer and
/// a folder for another (a permalink <c>/atom.xml/</c> beside the feed <c>atom.xml</c>), a write the
/// output refuses, and an IO error. The write is skipped and the build goes on to report the rest; with
/// an error reported, nothing is published.
/// </summary>
/// <param name="locate">The source that made an output path, when known; else the problem is reported at <paramref name="fallback"/>.</param>
internal sealed class CheckedOutput(IOutputSink inner, DiagnosticBag diagnostics, Func<string, SourceLocation?> locate, SourceLocation fallback) : IOutputSink
{
    // What file systems hold in one name (ext4, APFS, NTFS in UTF-16 units; UTF-8 bytes is the stricter).
    private const int MaxNameBytes = 255;

    /// <summary>Each path written or kept, and whether it is a folder (true) or a file.</summary>
    /// Sized and striped for the pages stage's parallel writes: adding under the default two locks of a growing
    /// dictionary held those threads up.
    private readonly ConcurrentDictionary<string, bool> _paths = new(Environment.ProcessorCount * 4, 4096, StringComparer.Ordinal);

    /// <summary>Paths reported already: a page is tried for keeping, then written, and is one problem.</summary>
    private readonly ConcurrentDictionary<string, byte> _reported = new(StringComparer.Ordinal);

    public int FileCount => inner.FileCount;

    public bool NotesInputs => inner.NotesInputs;

    public void Write(string path, byte[] bytes) => Guarded(path, () => inner.Write(path, bytes));

    public void Write(string path, byte[] bytes, UInt128? inputs) => Guarded(path, () => inner.Write(path, bytes, inputs));

    public void WriteText(string path, string text) => Write(path, Encoding.UTF8.GetBytes(text));

    public void Copy(string path, Func<Stream> open) => Guarded(path, () => inner.Copy(path, open));

    public bool TryKeep(string path, UInt128 inputs)
    {
        var kept = false;
        Guarded(path, () => kept = inner.TryKeep(path, inputs));
        return kept;
    }

    public bool TryKeepFolder(string folder, UInt128 inputs)
    {
        try
        {
            return inner.TryKeepFolder(folder, inputs);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(folder, e.Message, "Inkstone could not keep these files; the output folder is left as it was.");
            return false;
        }
    }

    private void Guarded(string path, Action write)
    {
        var relative = OutputPath.Check(path);
        if (Problem(relative) is var (problem, other))
        {
            if (!_reported.TryAdd(relative, 0))
            {
                return;
            }

            diagnostics.Error(DiagnosticIds.OutputNotWritable, locate(relative) ?? locate(other) ?? fallback, problem,
                "Shorten or change the slug, permalink, tag or file name that makes this path.");
            return;
        }

        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(relative, e.Message, e is UnwritableOutputException
                ? "Rename the source so its output goes elsewhere, or move that entry out of the output folder."
                : "Inkstone could not write the output; the output folder is left as it was.");
        }
    }

    /// <summary>What the disk would refuse about <paramref name="relative"/>, and the other path involved, to locate the problem by.</summary>
    private (string Message, string Other)? Problem(string relative)
    {
        // Span by span: a rebuild checks every page's path, and splitting each into strings was most of this check's cost.
        var path = relative.AsSpan();
        foreach (var range in path.Split('/'))
        {
            var name = path[range];
            if (name.Length * 3 > MaxNameBytes && Encoding.UTF8.GetByteCount(name) is var bytes && bytes > MaxNameBytes)
            {
                return ($"The output path '{Shortened(relative)}' has a name of {bytes} bytes; file systems hold names of at most {MaxNameBytes}.", relative);
            }
        }

        var known = _paths.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var slash = relative.IndexOf('/'); slash >= 0; slash = relative.IndexOf('/', slash + 1))
        {
            var isFolder = known.TryGetValue(path[..slash], out var noted) ? noted : _paths.GetOrAdd(relative[..slash], true);
            if (!isFolder)
            {
                var folder = relative[..slash];
                return ($"'{folder}' is written as a file and is also the folder of '{relative}'; a file system holds only one of them.", folder);
            }
        }

        return _paths.GetOrAdd(relative, false)
            ? ($"'{relative}' is written as a file and is also the folder of other output files; a file system holds only one of them.", relative + "/index.html")
            : null;
    }

    private void Report(string relative, string message, string hint)
    {
        if (_reported.TryAdd(relative, 0))
        {
            diagnostics.Error(DiagnosticIds.OutputNotWritable, locate(relative) ?? fallback, message, hint);
        }
    }

    /// <summary>The path with each overlong name cut to its first 16 characters, so that the message stays readable.</summary>
    private static string Shortened(string relative) =>
        string.Join('/', relative.Split('/').Select(n => Encoding.UTF8.GetByteCount(n) > MaxNameBytes ? n[..16] + "…" : n));
}
