using System.IO.Hashing;
using System.Text;
using Inkstone.Building;
using Inkstone.FileSystem;

namespace Inkstone.Caching;

/// <summary>
/// Renders a page through the templates, or takes its bytes from the <see cref="RenderCache"/> when the
/// settings, the site's templates, the page's URL, template and whole model are unchanged. Templates that
/// read the clock ("now", "today") turn this off, since their output changes with no change to the site.
/// Safe to call in parallel.
/// </summary>
internal sealed class CachingPageRenderer : IDisposable
{
    private readonly RenderCache _cache;
    private readonly byte[] _prefix;
    private readonly ModelDigest _models = new();
    private int _hits;

    private CachingPageRenderer(RenderCache cache, byte[] prefix)
    {
        _cache = cache;
        _prefix = prefix;
    }

    public void Dispose() => _models.Dispose();

    /// <summary>How many pages came from the cache.</summary>
    public int Hits => _hits;

    /// <returns>A renderer, or null when the site's templates read the clock.</returns>
    public static CachingPageRenderer? Create(RenderCache cache, byte[] settings, ISiteFileSystem files)
    {
        var hash = new XxHash128();
        hash.Append(settings);

        // The theme's own templates are part of the engine, whose version the cache file carries.
        foreach (var path in files.EnumerateFiles("layouts"))
        {
            var bytes = files.ReadAllBytes(path);
            var text = Encoding.UTF8.GetString(bytes);
            if (text.Contains("\"now\"", StringComparison.Ordinal) || text.Contains("'now'", StringComparison.Ordinal) ||
                text.Contains("\"today\"", StringComparison.Ordinal) || text.Contains("'today'", StringComparison.Ordinal))
            {
                return null;
            }

            hash.Append(Encoding.UTF8.GetBytes(path + "\n" + bytes.Length + "\n"));
            hash.Append(bytes);
        }

        return new CachingPageRenderer(cache, hash.GetCurrentHash());
    }

    /// <returns>The page's bytes (UTF-8), or null when rendering failed (and reported why).</returns>
    public byte[]? Render(PageJob job, Func<string?> render)
    {
        if (_models.Of(job.Model) is not { } model)
        {
            return Encode(render());
        }

        var key = Key(job, model);
        if (_cache.Find(key) is { } cached)
        {
            _cache.Keep(key);
            Interlocked.Increment(ref _hits);
            return cached.ToArray();
        }

        var bytes = Encode(render());
        if (bytes is not null)
        {
            _cache.Add(key, bytes);
        }

        return bytes;
    }

    private UInt128 Key(PageJob job, byte[] model)
    {
        var hash = new XxHash128();
        hash.Append(_prefix);
        hash.Append(Encoding.UTF8.GetBytes(job.Template + "\n" + job.Url + "\n"));
        hash.Append(model);
        return hash.GetCurrentHashAsUInt128();
    }

    private static byte[]? Encode(string? html) => html is null ? null : Encoding.UTF8.GetBytes(html);
}
