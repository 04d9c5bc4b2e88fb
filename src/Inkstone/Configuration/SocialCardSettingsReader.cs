using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Configuration;

/// <summary>Reads <c>social_cards:</c>: <c>true</c>, <c>false</c>, or a set of keys (see <see cref="SocialCardSettings"/>).</summary>
internal static class SocialCardSettingsReader
{
    private static readonly string[] Keys = ["enabled", "font", "font_file"];

    public static SocialCardSettings Read(DataNode node, SocialCardSettings basis, DiagnosticBag diagnostics)
    {
        if (node is DataScalar)
        {
            return DataValues.Bool(node, "social_cards", diagnostics) is { } enabled ? basis with { Enabled = enabled } : basis;
        }

        if (node is not DataMap map)
        {
            DataValues.WrongType(node, "social_cards", "true, false or a set of keys: " + string.Join(", ", Keys), diagnostics);
            return basis;
        }

        foreach (var (key, value) in map.Entries.Where(e => !Keys.Contains(e.Key, StringComparer.OrdinalIgnoreCase)))
        {
            diagnostics.Warning(DiagnosticIds.ConfigInvalidValue, value.Location, $"'social_cards.{key}' is not a setting Inkstone knows; it is ignored.",
                "The social_cards settings are: " + string.Join(", ", Keys) + ".");
        }

        var fontFile = DataValues.String(map["font_file"], "social_cards.font_file", diagnostics);
        return basis with
        {
            Enabled = DataValues.Bool(map["enabled"], "social_cards.enabled", diagnostics) ?? true,
            Font = DataValues.String(map["font"], "social_cards.font", diagnostics) ?? basis.Font,
            FontFile = fontFile?.TrimStart('/') ?? basis.FontFile,
            FontFileLocation = fontFile is null ? basis.FontFileLocation : map["font_file"]!.Location,
        };
    }
}
