using System.Globalization;
using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Importing;

/// <summary>
/// Builds a <see cref="SiteConfig"/> from a foreign configuration file, noting for each setting where it came
/// from (<c>title</c> from <c>_config.yml: title</c>), so that <c>inkstone init</c> can write it down with a comment.
/// </summary>
internal sealed class SettingsMap(string file, DiagnosticBag diagnostics)
{
    private readonly List<SettingSource> _sources = [];

    public SiteConfig Config { get; private set; } = new();

    public IReadOnlyList<SettingSource> Sources => _sources;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Sets a setting when <paramref name="value"/> is neither null nor empty, noting its source key.</summary>
    /// <remarks>Whitespace is a value: Jekyll's excerpt separator is a blank line, "\n\n".</remarks>
    public void Set<T>(string key, T? value, string from, Func<SiteConfig, T, SiteConfig> apply, Func<T, string>? show = null)
    {
        if (value is null || (value is string s && s.Length == 0))
        {
            return;
        }

        Config = apply(Config, value);
        _sources.Add(new SettingSource(key, show is null ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" : show(value), $"{file}: {from}"));
    }

    /// <summary>Sets a number setting when <paramref name="value"/> is given.</summary>
    public void Set(string key, int? value, string from, Func<SiteConfig, int, SiteConfig> apply)
    {
        if (value is { } number)
        {
            Config = apply(Config, number);
            _sources.Add(new SettingSource(key, number.ToString(CultureInfo.InvariantCulture), $"{file}: {from}"));
        }
    }

    /// <summary>Notes a fact of the layout that has no key of its own (where posts are, the permalink pattern).</summary>
    public void Note(string key, string value, string from) => _sources.Add(new SettingSource(key, value, $"{file}: {from}"));

    public string? Text(DataMap map, string key) => Text(map[key], key);

    public string? Text(DataNode? node, string key) => node is DataScalar s ? s.Text : null;

    public int? Int(DataNode? node) =>
        node is DataScalar s && int.TryParse(s.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    public bool? Bool(DataNode? node) => node is DataScalar s ? s.Text.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => null,
    } : null;

    /// <summary>Sets the base URL from a host and a path, as Jekyll's <c>url</c> + <c>baseurl</c> and Hexo's <c>url</c> + <c>root</c> give it.</summary>
    public void BaseUrl(string? host, string? path, string from)
    {
        var basePath = "/" + (path ?? "").Trim().Trim('/');
        basePath = basePath.Length == 1 ? "/" : basePath + "/";
        Uri? uri = null;
        if (!string.IsNullOrWhiteSpace(host) && Uri.TryCreate(host.Trim(), UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
        {
            uri = parsed;
        }

        if (uri is null && basePath == "/")
        {
            return;
        }

        var hostPart = uri is null ? "http://localhost" : uri.GetLeftPart(UriPartial.Authority);
        var uriPath = uri?.AbsolutePath.Trim('/') ?? "";
        var full = basePath == "/" && uriPath.Length > 0 ? $"{hostPart}/{uriPath}/" : hostPart + basePath;
        Set("base_url", full, from, (c, v) => c with { BaseUrl = v });
    }

    /// <summary>Sets the interface language from a language code (zh-CN, zh_Hans, en-US, ...); others read as English.</summary>
    public void Language(string? code, string from)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return;
        }

        var language = code.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? SiteLanguage.Chinese : SiteLanguage.English;
        Set("language", language, from, (c, v) => c with { Language = v }, v => v == SiteLanguage.Chinese ? "zh-CN" : "en");
    }

    public void TimeZone(string? id, string from)
    {
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone))
        {
            Set("timezone", zone, from, (c, v) => c with { TimeZone = v }, v => v.Id);
        }
    }

    public void Author(DataNode? node, string from)
    {
        var author = node switch
        {
            DataScalar s when s.Text.Length > 0 => new Author(s.Text, null, null),
            DataMap m when Text(m, "name") is { } name => new Author(name, Text(m, "email"), Text(m, "url")),
            _ => null,
        };
        Set("author", author, from, (c, v) => c with { Author = v }, v => v.Name);
    }
}
