using System.Collections.Concurrent;

namespace Inkstone.Caching;

/// <summary>
/// Rendered posts kept between builds in <c>SITE/.inkstone/cache/</c>, as bytes under a
/// 128-bit key. Loaded once; a build looks entries up and marks what it used or added; <see cref="Save"/>
/// then keeps exactly those (so the file never grows past the site) and writes only when they changed.
/// Lookups and additions are safe from many threads. The preview server keeps one across rebuilds.
/// </summary>
internal sealed class RenderCache
{
    private readonly string _file;
    private readonly string _engineVersion;
    private Dictionary<UInt128, RenderCacheEntry> _stored;
    private ConcurrentDictionary<UInt128, RenderCacheEntry> _used = new();
    private int _added;

    // Guards the hand-over of the kept entries to a write that may run on another thread.
    private readonly object _settled = new();
    private bool _unwritten;

    private RenderCache(string directory, string file, string engineVersion, Dictionary<UInt128, RenderCacheEntry> stored)
    {
        Directory = directory;
        _file = file;
        _engineVersion = engineVersion;
        _stored = stored;
    }

    public string Directory { get; }

    /// <summary>The file this cache reads and writes.</summary>
    public string File => _file;

    /// <summary>
    /// Opens the cache of renderings made under <paramref name="settings"/> in <paramref name="directory"/>;
    /// a missing, foreign or damaged file gives an empty cache.
    /// </summary>
    public static RenderCache Open(string directory, byte[] settings, string? engineVersion = null)
    {
        var version = engineVersion ?? EngineVersion.Current;
        var file = Path.Combine(directory, RenderCacheFile.NameFor(settings));
        return new RenderCache(directory, file, version, RenderCacheFile.Read(file, version));
    }

    /// <summary>Starts counting and marking afresh, for the next build that uses this cache.</summary>
    public void BeginBuild()
    {
        // Sized up front: growing a concurrent dictionary locks every thread out while it copies.
        _used = new ConcurrentDictionary<UInt128, RenderCacheEntry>(Environment.ProcessorCount, System.Math.Max(_stored.Count, 64));
        _added = 0;
    }

    /// <summary>The bytes stored under <paramref name="key"/>, when there are some and they are intact.</summary>
    public ReadOnlyMemory<byte>? Find(UInt128 key)
    {
        if (_stored.TryGetValue(key, out var entry) && entry.IsIntact())
        {
            return entry.Payload;
        }

        // Not "cond ? payload : null": null would convert to an empty ReadOnlyMemory, a hit with no bytes.
        return null;
    }

    /// <summary>Marks a found entry as used by this build, so it is kept.</summary>
    public void Keep(UInt128 key)
    {
        if (_stored.TryGetValue(key, out var entry))
        {
            _used[key] = entry;
        }
    }

    public void Add(UInt128 key, byte[] payload)
    {
        _used[key] = RenderCacheEntry.Of(payload);
        Interlocked.Increment(ref _added);
    }

    /// <summary>
    /// Keeps only what this build used, and writes it when that differs from what was stored. A cache that
    /// cannot be written (a read-only folder) costs the next build its speed, never its correctness.
    /// </summary>
    public void Save()
    {
        Settle();
        WriteSettled();
    }

    /// <summary>
    /// Keeps only what this build used, for the next build in this process, and leaves the file to
    /// <see cref="WriteSettled"/>, which a live site calls once its writer pauses (<see cref="DeferredSaving"/>).
    /// </summary>
    public void Settle()
    {
        lock (_settled)
        {
            _unwritten |= _added > 0 || _used.Count != _stored.Count;
            _stored = new Dictionary<UInt128, RenderCacheEntry>(_used);
        }
    }

    /// <summary>
    /// Writes what the last <see cref="Settle"/> kept, when it differs from the file; else notes in the file's
    /// time that it was used. Safe while another build of the same process runs: the kept entries are never
    /// changed, only replaced.
    /// </summary>
    public void WriteSettled()
    {
        Dictionary<UInt128, RenderCacheEntry> stored;
        bool changed;
        lock (_settled)
        {
            stored = _stored;
            changed = _unwritten;
            _unwritten = false;
        }

        try
        {
            if (changed)
            {
                // Sorted by key, so the same entries always make the same file.
                RenderCacheFile.Write(_file, _engineVersion, stored.OrderBy(e => e.Key));
            }
            else if (System.IO.File.Exists(_file))
            {
                // Its time says when it was last used, for choosing which other settings' files to keep.
                System.IO.File.SetLastWriteTimeUtc(_file, DateTime.UtcNow);
            }

            RenderCacheFile.DeleteOldOthers(Directory, Path.GetFileName(_file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing to do: the cache only saves time.
        }
    }
}
