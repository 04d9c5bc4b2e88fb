using System.Collections.Concurrent;

namespace Inkstone.Caching;

/// <summary>
/// The renderings a long-lived site (<c>SiteSession</c>) used in its last two builds, decoded, so that a rebuild
/// after an edit does not decode every post from the render cache's bytes again. Entries are looked up by the
/// same key as the cache and still pass the same dependency check; only the decoding is saved. What two builds in
/// a row did not use is dropped, so the memory stays that of the site.
/// </summary>
internal sealed class DecodedRenderings
{
    private ConcurrentDictionary<UInt128, CachedRendering> _current = new();
    private ConcurrentDictionary<UInt128, CachedRendering> _previous = new();

    public void BeginBuild()
    {
        _previous = _current;

        // Sized and striped for a build's thousands of parallel adds: growing a concurrent dictionary, or adding under
        // one of its few default locks, held the markdown stage's threads up.
        _current = new(Environment.ProcessorCount * 4, System.Math.Max(_previous.Count, 64));
    }

    public CachedRendering? Find(UInt128 key)
    {
        if (_current.TryGetValue(key, out var rendering))
        {
            return rendering;
        }

        if (_previous.TryGetValue(key, out rendering))
        {
            _current[key] = rendering;
            return rendering;
        }

        return null;
    }

    public void Add(UInt128 key, CachedRendering rendering) => _current[key] = rendering;
}
