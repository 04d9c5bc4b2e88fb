using Inkstone.Content;
using Inkstone.Diagnostics;
using Inkstone.Markdown;

namespace Inkstone.Caching;

/// <summary>
/// Renders a post, or takes its rendering from the <see cref="RenderCache"/> when the post, the settings
/// and every fact the earlier rendering read are unchanged. A hit replays the diagnostics the rendering
/// reported, so a cached build reports exactly what an uncached one does. Safe to call in parallel.
/// </summary>
internal sealed class CachingPostRenderer(PostRenderContext context, RenderCache cache, byte[] settings)
{
    private int _hits;

    /// <summary>How many posts came from the cache.</summary>
    public int Hits => _hits;

    public RenderedPost Render(Post post)
    {
        var key = RenderCacheKey.For(post, settings);
        if (Find(key) is { } cached && RenderDependencies.StillHold(cached.Dependencies, context.PostsBySource, context.PostsByUrl, context.Files))
        {
            cache.Keep(key);
            Interlocked.Increment(ref _hits);
            Report(cached.Diagnostics);
            return cached.ToRenderedPost(post);
        }

        var diagnostics = new DiagnosticBag();
        var dependencies = new RenderDependencies();
        var rendered = PostRenderer.Render(post, context with { Diagnostics = diagnostics, Dependencies = dependencies });
        var reported = diagnostics.Sorted();
        Report(reported);
        cache.Add(key, CachedRenderingFormat.Write(CachedRendering.Of(rendered, reported, dependencies.Items)));
        return rendered;
    }

    private CachedRendering? Find(UInt128 key)
    {
        if (cache.Find(key) is not { } bytes)
        {
            return null;
        }

        try
        {
            return CachedRenderingFormat.Read(bytes.Span);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private void Report(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.Diagnostics.Add(diagnostic);
        }
    }
}
