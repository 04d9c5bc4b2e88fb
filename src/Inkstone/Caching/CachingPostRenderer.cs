using Inkstone.Content;
using Inkstone.Diagnostics;
using Inkstone.Markdown;

namespace Inkstone.Caching;

/// <summary>
/// Renders a post, or takes its rendering from the <see cref="RenderCache"/> when the post, the settings
/// and every fact the earlier rendering read are unchanged. A hit replays the diagnostics the rendering
/// reported, so a cached build reports exactly what an uncached one does. Safe to call in parallel.
/// </summary>
internal sealed class CachingPostRenderer(PostRenderContext context, RenderCache cache, byte[] settings, DecodedRenderings? decoded = null)
{
    private int _hits;

    /// <summary>How many posts came from the cache.</summary>
    public int Hits => _hits;

    public RenderedPost Render(Post post)
    {
        var key = RenderCacheKey.For(post, settings);
        if (Find(key) is { } cached && RenderDependencies.StillHold(cached.Dependencies, context.PostsBySource, context.PostsByUrl, context.Files, context.Graphviz))
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
        var rendering = CachedRendering.Of(rendered, reported, dependencies.Items);
        cache.Add(key, CachedRenderingFormat.Write(rendering));
        decoded?.Add(key, rendering);
        return rendered;
    }

    private CachedRendering? Find(UInt128 key)
    {
        if (decoded?.Find(key) is { } kept && cache.Find(key) is not null)
        {
            return kept;
        }

        if (cache.Find(key) is not { } bytes)
        {
            return null;
        }

        try
        {
            var rendering = CachedRenderingFormat.Read(bytes.Span);
            decoded?.Add(key, rendering);
            return rendering;
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
