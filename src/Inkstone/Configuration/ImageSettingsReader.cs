using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Configuration;

/// <summary>Reads <c>image_processing:</c>: <c>true</c>, <c>false</c>, or a set of keys (see <see cref="ImageSettings"/>).</summary>
internal static class ImageSettingsReader
{
    private static readonly string[] Keys = ["enabled", "widths", "formats", "sizes", "placeholder"];

    public static ImageSettings Read(DataNode node, ImageSettings basis, DiagnosticBag diagnostics)
    {
        if (node is DataScalar)
        {
            return DataValues.Bool(node, "image_processing", diagnostics) switch
            {
                false => basis with { Enabled = false },
                true => basis with { Enabled = true },
                null => basis,
            };
        }

        if (node is not DataMap map)
        {
            DataValues.WrongType(node, "image_processing", "true, false or a set of keys: " + string.Join(", ", Keys), diagnostics);
            return basis;
        }

        foreach (var (key, value) in map.Entries.Where(e => !Keys.Contains(e.Key, StringComparer.OrdinalIgnoreCase)))
        {
            diagnostics.Warning(DiagnosticIds.ConfigInvalidValue, value.Location, $"'image_processing.{key}' is not a setting Inkstone knows; it is ignored.",
                "The image_processing settings are: " + string.Join(", ", Keys) + ".");
        }

        return basis with
        {
            Enabled = DataValues.Bool(map["enabled"], "image_processing.enabled", diagnostics) ?? true,
            Widths = map["widths"] is { } widths ? Widths(widths, basis.Widths, diagnostics) : basis.Widths,
            Formats = map["formats"] is { } formats ? Formats(formats, basis.Formats, diagnostics) : basis.Formats,
            Sizes = DataValues.String(map["sizes"], "image_processing.sizes", diagnostics) ?? basis.Sizes,
            Placeholder = DataValues.Bool(map["placeholder"], "image_processing.placeholder", diagnostics) ?? basis.Placeholder,
        };
    }

    private static IReadOnlyList<int> Widths(DataNode node, IReadOnlyList<int> basis, DiagnosticBag diagnostics)
    {
        var widths = new SortedSet<int>();
        foreach (var text in DataValues.StringList(node, "image_processing.widths", diagnostics))
        {
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var width) && width is >= 16 and <= 8192)
            {
                widths.Add(width);
            }
            else
            {
                diagnostics.Error(DiagnosticIds.ConfigInvalidValue, node.Location, $"'image_processing.widths' holds '{text}', which is not a width in pixels from 16 to 8192.",
                    "Write the widths as whole numbers: widths: [480, 800, 1200, 1600]");
            }
        }

        return widths.Count > 0 ? [.. widths] : basis;
    }

    private static IReadOnlyList<string> Formats(DataNode node, IReadOnlyList<string> basis, DiagnosticBag diagnostics)
    {
        var formats = new List<string>();
        foreach (var text in DataValues.StringList(node, "image_processing.formats", diagnostics))
        {
            var format = text.ToLowerInvariant();
            if (ImageSettings.KnownFormats.Contains(format))
            {
                formats.Add(format);
            }
            else
            {
                diagnostics.Error(DiagnosticIds.ConfigInvalidValue, node.Location, $"'image_processing.formats' holds '{text}', which is not a format Inkstone writes.",
                    "The formats are avif and webp (the original's format is always the fallback): formats: [avif, webp]");
            }
        }

        // An empty list is allowed: only the fallback, resized.
        return node is DataList { Items.Count: 0 } || formats.Count > 0 ? formats : basis;
    }
}
