using System.Text.RegularExpressions;

namespace Inkstone.Configuration;

/// <summary>
/// What <c>inkstone.yml</c> accepts for one third-party provider: its settings, and where its script and style sheet
/// are unless the writer names others (<c>script_url</c>, <c>style_url</c>: a self-hosted instance, or a mirror).
/// </summary>
/// <param name="Script">The script's address from the settings as read and the writer's <c>script_url</c> (null when not given).</param>
/// <param name="Style">The style sheet's address from the settings and the writer's <c>style_url</c>; null when the provider brings its styles with its script.</param>
/// <param name="Documentation">Where the provider explains its settings, for hints.</param>
/// <param name="Label">The provider's name as readers see it: <c>Waline</c>.</param>
internal sealed record ServiceProvider(
    string Name,
    string Label,
    IReadOnlyList<ProviderSetting> Settings,
    Func<IReadOnlyDictionary<string, string>, string?, string> Script,
    Func<IReadOnlyDictionary<string, string>, string?, string?> Style,
    string Documentation)
{
    public static string? NoStyle(IReadOnlyDictionary<string, string> settings, string? styleUrl) => styleUrl;
}

/// <summary>
/// One setting of a <see cref="ServiceProvider"/>: its key in <c>inkstone.yml</c>, the name the theme's script reads
/// (<see cref="ServiceOption.Name"/>), and the values it accepts.
/// </summary>
/// <param name="Default">The value when the key is left out (from the site's settings), or null when it may be left out without one.</param>
/// <param name="Pattern">What a value must match; <paramref name="Expected"/> says it in words.</param>
/// <param name="Written">How a value is handed to the script, when not as written.</param>
internal sealed record ProviderSetting(
    string Key,
    string Name,
    SettingKind Kind = SettingKind.Text,
    bool Required = false,
    Func<SiteConfig, string?>? Default = null,
    Regex? Pattern = null,
    string? Expected = null,
    Func<string, string>? Written = null);

internal enum SettingKind
{
    Text,

    /// <summary>An absolute http(s) address, written without a trailing slash.</summary>
    Url,

    /// <summary>true or false, written as "1" or "0" (giscus's form).</summary>
    Flag,
}
