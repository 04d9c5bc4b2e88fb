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

    // Each source's key as the last build computed it: hashing every post's whole source for its key was a fifth of
    // the markdown stage of a rebuild, and an unchanged post brings the very same source text back (PostReadings).
    private ConcurrentDictionary<string, KeyedSource> _keys = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, KeyedSource> _lastKeys = new(StringComparer.Ordinal);

    public void BeginBuild()
    {
        _previous = _current;
        _lastKeys = _keys;
        _keys = new(Environment.ProcessorCount * 4, System.Math.Max(_lastKeys.Count, 64), StringComparer.Ordinal);

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

    /// <summary>
    /// <see cref="RenderCacheKey.For"/> of the post, taken from the last build when the post's source is the same
    /// string object (so the same text: strings do not change) and its kind, path, URL and the settings are equal.
    /// </summary>
    public UInt128 KeyOf(Content.Post post, byte[] settings)
    {
        var source = post.Source.Text;
        if (_lastKeys.TryGetValue(post.SourcePath, out var last) && ReferenceEquals(last.Source, source)
            && last.Kind == post.Kind && last.Url == post.Url && last.Settings.AsSpan().SequenceEqual(settings))
        {
            _keys[post.SourcePath] = last;
            return last.Key;
        }

        var key = RenderCacheKey.For(post, settings);
        _keys[post.SourcePath] = new KeyedSource(source, post.Kind, post.Url, settings, key);
        return key;
    }

    private sealed record KeyedSource(string Source, Content.PostKind Kind, string Url, byte[] Settings, UInt128 Key);
}
