namespace Inkstone.Building;

/// <summary>
/// Writes the disk cache back with what this build used and added (nothing when it is unchanged); in a live site,
/// once the writer pauses (<see cref="Caching.DeferredSaving"/>). The address book is written at once: the next
/// build reads it from the disk.
/// </summary>
internal sealed class CacheSaveStage : IBuildStage
{
    public string Name => "cache-save";

    public void Run(BuildContext context)
    {
        var opened = context.Cache;
        if (opened.Renders is { } cache && context.Caches.Saving is { } saving)
        {
            cache.Settle();
            saving.Schedule(cache.WriteSettled);
        }
        else
        {
            opened.Renders?.Save();
        }

        // Only addresses that were published count as the old ones.
        if (opened.Addresses is { } addresses && context.CacheDirectory is { } directory && !context.Diagnostics.HasErrors)
        {
            addresses.Save(directory);
        }
    }
}
