using System.Globalization;
using System.IO.Hashing;
using Inkstone.Configuration;
using Inkstone.Hashing;

namespace Inkstone.Images;

/// <summary>
/// Decides the variants of an image from its header alone: the configured widths narrower than the original, and
/// the widest one no wider than it, in each modern format and the fallback. The markdown stage plans to write the
/// page; the image stage plans again, from the same bytes and settings, to make the files, so both name the same.
/// </summary>
internal static class ImagePlanner
{
    public static ResponsiveImage Plan(string file, string outputPath, ReadOnlySpan<byte> bytes, ImageFacts facts, ImageSettings settings, string? colour = null)
    {
        var key = Key(bytes, settings);
        var fallback = ImageFormats.Fallback(facts.Format, facts.Alpha);
        var largest = System.Math.Min(facts.Width, settings.Widths[^1]);
        var widths = settings.Widths.Where(w => w < largest).Append(largest).ToList();
        var formats = settings.Formats.Select(ImageFormats.Named).Where(f => f != fallback).Append(fallback).ToList();
        var slash = outputPath.LastIndexOf('/');
        var folder = outputPath[..(slash + 1)];
        var stem = Path.GetFileNameWithoutExtension(outputPath[(slash + 1)..]);
        var variants = new List<ImageVariant>();
        foreach (var format in formats)
        {
            foreach (var width in widths)
            {
                var height = System.Math.Max(1, (int)System.Math.Round((double)facts.Height * width / facts.Width));
                variants.Add(new ImageVariant(width, height, format, string.Create(CultureInfo.InvariantCulture, $"{folder}{stem}.{key[..10]}.{width}.{format.Extension()}")));
            }
        }

        return new ResponsiveImage(file, outputPath, facts, key, fallback, variants, colour);
    }

    /// <summary>A digest of the image's bytes and of everything that decides its variants' bytes: the settings, the encoder and libvips.</summary>
    public static string Key(ReadOnlySpan<byte> bytes, ImageSettings settings)
    {
        var hash = new XxHash128();
        hash.Append(bytes);
        hash.AppendText(string.Join(',', settings.Widths.Select(w => w.ToString(CultureInfo.InvariantCulture))));
        hash.AppendText(string.Join(',', settings.Formats));
        hash.AppendText(ImageEncoder.Revision);
        hash.AppendText(VipsLibrary.Version);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
