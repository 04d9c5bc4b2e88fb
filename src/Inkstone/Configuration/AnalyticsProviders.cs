using System.Text.RegularExpressions;

namespace Inkstone.Configuration;

/// <summary>
/// The analytics counters <c>analytics:</c> turns on, each a section of its own, with the settings each one's
/// snippet takes (plausible.io, umami.is, goatcounter.com, Google's gtag.js, Baidu Tongji's hm.js).
/// </summary>
internal static partial class AnalyticsProviders
{
    public static IReadOnlyList<ServiceProvider> All { get; } =
    [
        new("plausible", "Plausible",
            [new("domain", "domain", Default: c => new Uri(c.BaseUrl).Host)],
            (_, url) => url ?? "https://plausible.io/js/script.js", ServiceProvider.NoStyle, "https://plausible.io/docs/plausible-script"),
        new("umami", "Umami",
            [new("website_id", "website-id", Required: true, Pattern: Uuid(), Expected: "the website's id, a UUID such as 94db1cb1-74f4-4a40-ad6c-962362670409")],
            (_, url) => url ?? "https://cloud.umami.is/script.js", ServiceProvider.NoStyle, "https://umami.is/docs/tracker-configuration"),
        new("goatcounter", "GoatCounter",
            [new("code", "goatcounter", Required: true, Pattern: GoatCounterCode(), Expected: "your site's code (CODE in CODE.goatcounter.com) or the whole address of its /count endpoint",
                Written: GoatCounterEndpoint)],
            (_, url) => url ?? "https://gc.zgo.at/count.js", ServiceProvider.NoStyle, "https://www.goatcounter.com/help/start"),
        new("google", "Google Analytics",
            [new("measurement_id", "id", Required: true, Pattern: GoogleTag(), Expected: "a Google tag id such as G-XXXXXXXXXX")],
            (s, url) => (url ?? "https://www.googletagmanager.com/gtag/js") + "?id=" + s["id"], ServiceProvider.NoStyle, "https://developers.google.com/tag-platform/gtagjs/install"),
        new("baidu", "Baidu Tongji",
            [new("site_id", "site-id", Required: true, Pattern: BaiduSiteId(), Expected: "the 32 hexadecimal digits after 'hm.js?' in the code Baidu Tongji gives")],
            (s, url) => (url ?? "https://hm.baidu.com/hm.js") + "?" + s["site-id"], ServiceProvider.NoStyle, "https://tongji.baidu.com/"),
    ];

    /// <summary>The address GoatCounter counts at: a code names its hosted instance, an address a self-hosted one.</summary>
    public static string GoatCounterEndpoint(string code) => code.Contains("://", StringComparison.Ordinal) ? code : $"https://{code}.goatcounter.com/count";

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"^([a-z0-9-]+|https?://\S+)$")]
    private static partial Regex GoatCounterCode();

    [GeneratedRegex("^(G|GT|AW|DC)-[A-Z0-9]+$")]
    private static partial Regex GoogleTag();

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex BaiduSiteId();
}
