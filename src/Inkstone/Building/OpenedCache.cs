using Inkstone.Caching;

namespace Inkstone.Building;

/// <summary>What the cache stage makes: the disk cache the markdown stage renders through, and what else the site kept from its last build.</summary>
/// <param name="Renders">The render cache; null for a build without a disk cache.</param>
/// <param name="Settings">The digest of the settings every cache key includes (<see cref="RenderCacheKey.Settings"/>); empty without a cache.</param>
/// <param name="Addresses">The addresses posts had when the site was last published, for redirects from the old address of a moved post; null without a cache or when checking.</param>
internal sealed record OpenedCache(RenderCache? Renders, byte[] Settings, AddressBook? Addresses)
{
    /// <summary>A build without a disk cache.</summary>
    public static OpenedCache None { get; } = new(null, [], null);
}
