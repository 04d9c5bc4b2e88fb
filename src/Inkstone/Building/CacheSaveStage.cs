namespace Inkstone.Building;

/// <summary>Writes the disk cache back with what this build used and added (nothing when it is unchanged).</summary>
internal sealed class CacheSaveStage : IBuildStage
{
    public string Name => "cache-save";

    public void Run(BuildContext context)
    {
        context.Cache?.Save();

        // Only addresses that were published count as the old ones.
        if (context.Addresses is { } addresses && context.CacheDirectory is { } directory && !context.Diagnostics.HasErrors)
        {
            addresses.Save(directory);
        }
    }
}
