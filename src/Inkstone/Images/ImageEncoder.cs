using NetVips;

namespace Inkstone.Images;

/// <summary>
/// Makes an image's variants with libvips: decoded once, shrunk on load to the widest variant (JPEG and WebP decode
/// at a fraction of their size; other formats are read a strip at a time), turned upright by its EXIF orientation,
/// brought to sRGB (a CMYK JPEG too), then resized for each narrower width and encoded in each format with no
/// metadata kept: no EXIF (GPS, camera), XMP, IPTC or ICC profile is published. Peak memory is about the widest
/// variant's pixels, whatever the original's size.
/// </summary>
internal static class ImageEncoder
{
    /// <summary>Part of every image's key: raise it when the encoding changes, so cached variants are made again.</summary>
    public const string Revision = "1";

    /// <returns>Each variant's output path and bytes, and the original's path with the widest fallback (the original itself, with its metadata, is never published).</returns>
    /// <exception cref="VipsException">The image did not decode.</exception>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Encode(byte[] bytes, ResponsiveImage plan)
    {
        var widest = plan.Variants.Max(v => v.Width);
        using var decoded = Image.ThumbnailBuffer(bytes, widest, ImageInspector.FailOnDamage, height: 10_000_000, size: Enums.Size.Down);
        using var upright = Srgb(decoded).CopyMemory();
        var files = new List<(string, byte[])>();
        foreach (var width in plan.Variants.Select(v => v.Width).Distinct())
        {
            using var sized = width == upright.Width ? upright.Copy() : upright.Resize((double)width / upright.Width);
            foreach (var variant in plan.Variants.Where(v => v.Width == width))
            {
                files.Add((variant.OutputPath, Save(sized, variant.Format)));
            }
        }

        files.Add((plan.OutputPath, files.First(f => f.Item1 == plan.Largest.OutputPath).Item2));
        return files;
    }

    private static Image Srgb(Image image) => image.Interpretation switch
    {
        Enums.Interpretation.Cmyk => image.IccTransform("srgb", inputProfile: "cmyk"),
        Enums.Interpretation.Srgb or Enums.Interpretation.Bw when image.Format == Enums.BandFormat.Uchar => image,
        _ => image.Colourspace(image.Bands >= 3 ? Enums.Interpretation.Srgb : Enums.Interpretation.Bw),
    };

    private static byte[] Save(Image image, ImageFormat format) => format switch
    {
        ImageFormat.Avif => image.HeifsaveBuffer(q: 50, compression: Enums.ForeignHeifCompression.Av1, effort: 2, keep: Enums.ForeignKeep.None),
        ImageFormat.WebP => image.WebpsaveBuffer(q: 75, keep: Enums.ForeignKeep.None),
        ImageFormat.Png => image.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None),
        ImageFormat.Gif => image.GifsaveBuffer(keep: Enums.ForeignKeep.None),
        _ => image.JpegsaveBuffer(q: 80, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None),
    };
}
