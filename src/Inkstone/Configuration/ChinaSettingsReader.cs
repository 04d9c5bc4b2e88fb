using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Configuration;

/// <summary>Reads <c>china:</c>: <c>icp</c>, <c>police</c> and <c>baidu_sitemap</c> (see <see cref="ChinaSettings"/>).</summary>
internal static class ChinaSettingsReader
{
    private static readonly string[] Keys = ["icp", "police", "baidu_sitemap"];

    public static ChinaSettings Read(DataNode node, DiagnosticBag diagnostics)
    {
        if (node is not DataMap map)
        {
            DataValues.WrongType(node, "china", "a set of keys: " + string.Join(", ", Keys), diagnostics);
            return ChinaSettings.None;
        }

        foreach (var (key, value) in map.Entries.Where(e => !Keys.Contains(e.Key, StringComparer.OrdinalIgnoreCase)))
        {
            diagnostics.Warning(DiagnosticIds.ConfigInvalidValue, value.Location, $"'china.{key}' is not a setting Inkstone knows; it is ignored.",
                "The china settings are: " + string.Join(", ", Keys) + ".");
        }

        var icp = Filing(map["icp"], "china.icp", "京ICP备12345678号-1", diagnostics);
        if (icp is not null && !icp.Contains("ICP", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticIds.ConfigInvalidValue, map["icp"]!.Location, $"'china.icp' is '{icp}', which is not an ICP filing number.",
                "Write it as the MIIT register shows it, such as 京ICP备12345678号-1.");
            icp = null;
        }

        var police = Filing(map["police"], "china.police", "京公网安备11010502030143号", diagnostics);
        var code = police is null ? null : new string(police.Where(char.IsAsciiDigit).ToArray());
        if (police is not null && code!.Length < 10)
        {
            diagnostics.Error(DiagnosticIds.ConfigInvalidValue, map["police"]!.Location, $"'china.police' is '{police}', which holds no public-security filing code.",
                "Write it as the register shows it, such as 京公网安备11010502030143号; its digits make the link.");
            (police, code) = (null, null);
        }

        return new ChinaSettings(icp, police, code, DataValues.Bool(map["baidu_sitemap"], "china.baidu_sitemap", diagnostics) ?? false);
    }

    private static string? Filing(DataNode? node, string key, string example, DiagnosticBag diagnostics)
    {
        var text = DataValues.String(node, key, diagnostics)?.Trim();
        if (text is { Length: 0 })
        {
            diagnostics.Error(DiagnosticIds.ConfigInvalidValue, node!.Location, $"'{key}' is empty.", $"Write the number, such as {example}, or leave the key out.");
            return null;
        }

        return text;
    }
}
