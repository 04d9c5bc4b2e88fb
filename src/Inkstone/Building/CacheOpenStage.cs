using Inkstone.Caching;

namespace Inkstone.Building;

/// <summary>
/// Opens the site's disk cache (<c>.inkstone/cache/</c>) for the markdown stage, unless the
/// build runs without one. A server's rebuilds reuse the cache it already holds in <see cref="BuildCaches"/>.
/// </summary>
internal sealed class CacheOpenStage : IBuildStage
{
    public string Name => "cache";

    public void Run(BuildContext context)
    {
        if (context.CacheDirectory is not { } directory)
        {
            context.Set(OpenedCache.None);
            return;
        }

        var site = context.Site;
        var addresses = context.Options.Checking ? null : AddressBook.Open(directory);
        var settings = RenderCacheKey.Settings(site.Files, context.Options.Strict, site.Config.BasePath, site.Layout.ConfigFiles, site.Config);
        var file = Path.Combine(directory, RenderCacheFile.NameFor(settings));
        var cache = context.Caches.Renders is { } kept && kept.File == file ? kept : RenderCache.Open(directory, settings);
        context.Caches.Renders = cache;
        cache.BeginBuild();
        context.Set(new OpenedCache(cache, settings, addresses));
    }
}
