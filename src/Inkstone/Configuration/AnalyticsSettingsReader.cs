using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Configuration;

/// <summary>
/// Reads <c>analytics:</c>: a section for each counter turned on (<c>analytics: { umami: { website_id: ... } }</c>),
/// and <c>honor_do_not_track</c> (true unless set false).
/// </summary>
internal static class AnalyticsSettingsReader
{
    private const string HonorDoNotTrack = "honor_do_not_track";

    public static AnalyticsSettings Read(DataNode node, SiteConfig config, DiagnosticBag diagnostics)
    {
        var names = string.Join(", ", AnalyticsProviders.All.Select(p => p.Name));
        if (node is not DataMap map)
        {
            DataValues.WrongType(node, "analytics", $"a set of keys: a section for each counter ({names}) and {HonorDoNotTrack}", diagnostics);
            return AnalyticsSettings.None;
        }

        var services = new List<ThirdPartyService>();
        foreach (var (key, value) in map.Entries)
        {
            if (AnalyticsProviders.All.FirstOrDefault(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase)) is { } provider)
            {
                if (ServiceSettingsReader.Read(provider, value, $"analytics.{provider.Name}", config, diagnostics) is { } service)
                {
                    services.Add(service);
                }
            }
            else if (!string.Equals(key, HonorDoNotTrack, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Warning(DiagnosticIds.ConfigInvalidValue, value.Location, $"'analytics.{key}' is not a counter Inkstone knows; it is ignored.",
                    $"The analytics settings are: {names}, and {HonorDoNotTrack}.");
            }
        }

        return new AnalyticsSettings(services, DataValues.Bool(map[HonorDoNotTrack], $"analytics.{HonorDoNotTrack}", diagnostics) ?? true);
    }
}
