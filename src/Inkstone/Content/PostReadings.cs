using System.Collections.Concurrent;
using System.IO.Hashing;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Content;

/// <summary>
/// What reading each source file gave in a live site's last build: the post <see cref="PostReader"/> made of it
/// (or that it is no post) and the diagnostics it reported, kept so that a rebuild reads and parses again only
/// the files that changed; parsing the front matter of 4,000 posts took about half a second of each rebuild.
/// A file counts as unchanged when its <see cref="ISiteFileSystem.FileStamp"/> (size and modification time on
/// disk) is the one it had when read, and the reading was made with the same settings.
/// </summary>
/// <remarks>
/// Two writes of the same size within one step of the file system's clock leave the same stamp, so a stamp is
/// trusted only when the file was read more than the coarsest such step (<see cref="StampStep"/>) after its
/// modification time, as git trusts an index entry older than the index (a later write then gives a later
/// time); a reading made while its stamp is younger reads the file again and compares the bytes. Where the file
/// system tells no modification time, the stamp is trusted once it has been seen unchanged for that long.
/// </remarks>
internal sealed class PostReadings
{
    /// <summary>More than the coarsest step of a file's modification time in file systems a site may be on (FAT's two seconds).</summary>
    private static readonly TimeSpan StampStep = TimeSpan.FromSeconds(3);

    private readonly Func<DateTime> _clock;
    private ConcurrentDictionary<string, Reading> _last = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Reading> _current = new(StringComparer.Ordinal);
    private int _parsed;

    /// <param name="clock">The time now (UTC); tests move it on.</param>
    public PostReadings(Func<DateTime>? clock = null) => _clock = clock ?? (() => DateTime.UtcNow);

    /// <summary>How many files the last build parsed, rather than took from here.</summary>
    public int Parsed => _parsed;

    /// <summary>Starts a build: what it does not read again is forgotten at <see cref="EndBuild"/>.</summary>
    public void BeginBuild()
    {
        // Sized and striped for a build's thousands of parallel adds (a growing concurrent dictionary locks all out).
        _current = new(Environment.ProcessorCount * 4, System.Math.Max(_last.Count, 64), StringComparer.Ordinal);
        _parsed = 0;
    }

    public void EndBuild() => _last = _current;

    /// <summary>
    /// The post in the file at <paramref name="path"/>, as <paramref name="read"/> makes it from its bytes (null for a
    /// file that is no post), its diagnostics reported into <paramref name="diagnostics"/> either way; taken from the
    /// last build when the file and <paramref name="settings"/> are unchanged.
    /// </summary>
    /// <param name="settings">Everything else the reading depends on, compared by value.</param>
    public Post? Read(ISiteFileSystem files, string path, object settings, DiagnosticBag diagnostics, Func<byte[], DiagnosticBag, Post?> read)
    {
        var now = _clock();
        var stamp = files.FileStamp(path);
        var last = _last.GetValueOrDefault(path);
        var sameStamp = last is not null && last.Stamp == stamp && Equals(last.Settings, settings);
        var firstSeen = sameStamp ? last!.FirstSeen : now;
        if (sameStamp && last!.Trusted)
        {
            _current[path] = last;
            return Replay(last, diagnostics);
        }

        var bytes = files.ReadAllBytes(path);
        var content = XxHash128.HashToUInt128(bytes);
        var trusted = now - firstSeen >= StampStep || (files.LastWriteTimeUtc(path) is { } written && now - written > StampStep);
        if (last is not null && last.Content == content && Equals(last.Settings, settings))
        {
            _current[path] = last with { Stamp = stamp, FirstSeen = firstSeen, Trusted = trusted };
            return Replay(last, diagnostics);
        }

        var reported = new DiagnosticBag();
        var post = read(bytes, reported);
        var reading = new Reading(stamp, firstSeen, trusted, content, settings, post, reported.Sorted());
        Interlocked.Increment(ref _parsed);
        _current[path] = reading;
        return Replay(reading, diagnostics);
    }

    private static Post? Replay(Reading reading, DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in reading.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return reading.Post;
    }

    /// <param name="FirstSeen">When this build or an earlier one first found the file with this stamp.</param>
    /// <param name="Trusted">Whether the stamp was older than <see cref="StampStep"/> when the file was read, so any later write changes it.</param>
    private sealed record Reading(string Stamp, DateTime FirstSeen, bool Trusted, UInt128 Content, object Settings, Post? Post, IReadOnlyList<Diagnostic> Diagnostics);
}
