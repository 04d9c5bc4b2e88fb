using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Configuration;

/// <summary>
/// Reads one provider's section of <c>inkstone.yml</c> (<c>comments.waline</c>, <c>analytics.umami</c>) into a
/// <see cref="ThirdPartyService"/>. Every bad value is an error at its line; a section with an error turns its
/// service off, so a broken setting never makes pages request an address nobody meant.
/// </summary>
internal static class ServiceSettingsReader
{
    private const string ScriptUrl = "script_url";
    private const string StyleUrl = "style_url";

    /// <param name="section">The section's path in <c>inkstone.yml</c>, for messages: <c>comments.waline</c>.</param>
    public static ThirdPartyService? Read(ServiceProvider provider, DataNode node, string section, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (node is not DataMap map)
        {
            DataValues.WrongType(node, section, $"a set of keys ({Keys(provider)})", diagnostics);
            return null;
        }

        var errors = new DiagnosticBag();
        foreach (var (key, value) in map.Entries)
        {
            if (!provider.Settings.Any(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase))
                && !string.Equals(key, ScriptUrl, StringComparison.OrdinalIgnoreCase) && !string.Equals(key, StyleUrl, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Warning(DiagnosticIds.ConfigInvalidValue, value.Location, $"'{section}.{key}' is not a setting of {provider.Name}; it is ignored.",
                    $"The {provider.Name} settings are: {Keys(provider)}.");
            }
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var options = new List<ServiceOption>();
        foreach (var setting in provider.Settings)
        {
            if (Value(setting, map, section, provider, config, errors) is { } value)
            {
                values[setting.Name] = value;
                options.Add(new ServiceOption(setting.Name, value));
            }
        }

        var script = Url(map[ScriptUrl], $"{section}.{ScriptUrl}", errors);
        var style = Url(map[StyleUrl], $"{section}.{StyleUrl}", errors);
        foreach (var error in errors.Sorted())
        {
            diagnostics.Add(error);
        }

        return errors.HasErrors ? null : new ThirdPartyService(provider.Name, provider.Label, provider.Script(values, script), provider.Style(values, style), options);
    }

    private static string? Value(ProviderSetting setting, DataMap map, string section, ServiceProvider provider, SiteConfig config, DiagnosticBag errors)
    {
        var key = $"{section}.{setting.Key}";
        var node = map[setting.Key];
        string? value;
        switch (setting.Kind)
        {
            case SettingKind.Flag:
                value = DataValues.Bool(node, key, errors) is { } flag ? (flag ? "1" : "0") : null;
                break;
            case SettingKind.Url:
                value = Url(node, key, errors);
                break;
            default:
                value = DataValues.String(node, key, errors)?.Trim();
                if (value is { Length: 0 })
                {
                    errors.Error(DiagnosticIds.ConfigInvalidValue, node!.Location, $"'{key}' is empty.", $"Write {setting.Expected ?? "its value"}, or leave the key out.");
                    return null;
                }

                break;
        }

        if (node is null)
        {
            if (setting.Required)
            {
                errors.Error(DiagnosticIds.ConfigInvalidValue, map.Location, $"{provider.Name} needs '{setting.Key}', which '{section}' does not set.",
                    $"Copy it from the code {provider.Name} gives you ({provider.Documentation}).");
            }

            return setting.Default?.Invoke(config);
        }

        if (value is not null && setting.Pattern is { } pattern && !pattern.IsMatch(value))
        {
            errors.Error(DiagnosticIds.ConfigInvalidValue, node.Location, $"'{key}' is '{value}', which {provider.Name} does not take.", $"Write {setting.Expected}.");
            return null;
        }

        return value is null ? null : setting.Written?.Invoke(value) ?? value;
    }

    /// <summary>An absolute http(s) address, without the trailing slash (a server's address, to which paths are added).</summary>
    public static string? Url(DataNode? node, string key, DiagnosticBag errors)
    {
        var text = DataValues.String(node, key, errors)?.Trim();
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(uri.Host))
        {
            return text.TrimEnd('/');
        }

        errors.Error(DiagnosticIds.ConfigInvalidValue, node!.Location, $"'{key}' is '{text}', which is not an absolute http(s) address.",
            "Write it in full, such as https://comments.example.org");
        return null;
    }

    private static string Keys(ServiceProvider provider) =>
        string.Join(", ", provider.Settings.Select(s => s.Required ? s.Key + " (required)" : s.Key).Append(ScriptUrl).Append(StyleUrl));
}
