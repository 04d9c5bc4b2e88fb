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
            return;
        }

        if (!context.Options.Checking)
        {
            context.Addresses = AddressBook.Open(directory);
        }

        var settings = RenderCacheKey.Settings(context.Files, context.Options.Strict, context.Config.BasePath, context.Layout.ConfigFiles, context.Config);
        var file = Path.Combine(directory, RenderCacheFile.NameFor(settings));
        var cache = context.Caches.Renders is { } kept && kept.File == file ? kept : RenderCache.Open(directory, settings);
        context.Caches.Renders = cache;
        cache.BeginBuild();
        context.Cache = cache;
        context.CacheSettings = settings;
    }
}
