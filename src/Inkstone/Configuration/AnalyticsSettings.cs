namespace Inkstone.Configuration;

/// <summary>
/// The analytics counters the writer turned on (<c>analytics:</c>), none by default. Each is loaded by the theme's
/// script only when the reader's browser does not ask not to be tracked (Do Not Track, Global Privacy Control),
/// unless <see cref="HonorDoNotTrack"/> is off.
/// </summary>
internal sealed record AnalyticsSettings(IReadOnlyList<ThirdPartyService> Services, bool HonorDoNotTrack)
{
    public static AnalyticsSettings None { get; } = new([], true);
}
