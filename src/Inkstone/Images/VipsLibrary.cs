namespace Inkstone.Images;

/// <summary>
/// libvips, loaded once per process from NetVips.Native's library. Its operation cache is turned off: a build reads
/// each image once, and the cache would hold decoded pixels of large images for nothing. When the library cannot be
/// loaded (a platform NetVips.Native has no build for), <see cref="Available"/> is false and images are published as
/// they are.
/// </summary>
internal static class VipsLibrary
{
    private static readonly Lazy<string?> Loaded = new(Load);

    public static bool Available => Loaded.Value is not null;

    /// <summary>libvips' version ("8.18.0"), part of every image's key; empty when it is not loaded.</summary>
    public static string Version => Loaded.Value ?? "";

    private static string? Load()
    {
        try
        {
            if (!NetVips.ModuleInitializer.VipsInitialized)
            {
                return null;
            }

            // Its warnings ("error in tile 0 x 8") come back as the exceptions the stages report at the image's reference.
            NetVips.Log.SetLogHandler("VIPS", NetVips.Enums.LogLevelFlags.Warning | NetVips.Enums.LogLevelFlags.Message | NetVips.Enums.LogLevelFlags.Info, static (_, _, _) => { });
            NetVips.Cache.Max = 0;
            NetVips.Cache.MaxMem = 0;
            NetVips.Cache.MaxFiles = 0;
            return string.Join('.', NetVips.NetVips.Version(0), NetVips.NetVips.Version(1), NetVips.NetVips.Version(2));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException or BadImageFormatException)
        {
            return null;
        }
    }
}
