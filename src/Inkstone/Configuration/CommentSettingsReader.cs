using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Configuration;

/// <summary>
/// Reads <c>comments:</c>: <c>provider</c> names one of <see cref="CommentProviders"/>, and the section of that name
/// holds its settings (<c>comments: { provider: waline, waline: { server_url: ... } }</c>). Without it, or with
/// <c>provider: none</c>, posts have no comments.
/// </summary>
internal static class CommentSettingsReader
{
    public static ThirdPartyService? Read(DataNode node, SiteConfig config, DiagnosticBag diagnostics)
    {
        var names = string.Join(", ", CommentProviders.All.Select(p => p.Name));
        if (node is not DataMap map)
        {
            DataValues.WrongType(node, "comments", $"a set of keys: provider ({names}) and that provider's settings", diagnostics);
            return null;
        }

        foreach (var (key, value) in map.Entries)
        {
            if (!string.Equals(key, "provider", StringComparison.OrdinalIgnoreCase) && !CommentProviders.All.Any(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Warning(DiagnosticIds.ConfigInvalidValue, value.Location, $"'comments.{key}' is not a setting Inkstone knows; it is ignored.",
                    $"The comments settings are: provider, and a section named after it ({names}).");
            }
        }

        var name = DataValues.String(map["provider"], "comments.provider", diagnostics)?.Trim();
        if (name is null)
        {
            diagnostics.Error(DiagnosticIds.ConfigInvalidValue, map.Location, "'comments' does not name its provider.", $"Add 'provider:', one of {names} (or none).");
            return null;
        }

        if (name.Equals("none", StringComparison.OrdinalIgnoreCase) || name.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var provider = CommentProviders.All.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (provider is null)
        {
            diagnostics.Error(DiagnosticIds.ConfigInvalidValue, map["provider"]!.Location, $"'{name}' is not a comment system Inkstone knows.", $"Use one of {names}, or none.");
            return null;
        }

        return ServiceSettingsReader.Read(provider, map[provider.Name] ?? new DataMap([], map.Location), $"comments.{provider.Name}", config, diagnostics);
    }
}
