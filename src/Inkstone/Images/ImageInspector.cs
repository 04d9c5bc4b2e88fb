using System.Globalization;
using NetVips;

namespace Inkstone.Images;

/// <summary>
/// Reads an image with libvips: its header (<see cref="Header"/>), or the header and every pixel, shrunk on load to
/// one (<see cref="Inspect"/>), which proves the file decodes to its end and gives its dominant colour. Neither holds
/// the decoded image: libvips streams it.
/// </summary>
internal static class ImageInspector
{
    /// <summary>Images of more pixels than this (20,000 x 20,000) are published as they are: decoding one takes minutes.</summary>
    public const long MaxPixels = 400_000_000;

    /// <summary>The loader's option that makes a file cut short an error, not grey pixels (thumbnail's own fail_on does not reach the loader).</summary>
    public const string FailOnDamage = "fail_on=truncated";

    public static ImageInspection Header(byte[] bytes)
    {
        try
        {
            using var image = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential, failOn: Enums.FailOn.Truncated);
            if (Format(image) is not { } format)
            {
                return ImageInspection.Unreadable("it is not in a format Inkstone processes (JPEG, PNG, GIF, WebP, AVIF, TIFF)");
            }

            var orientation = image.Contains("orientation") ? Convert.ToInt32(image.Get("orientation"), CultureInfo.InvariantCulture) : 1;
            var pages = image.Contains("n-pages") ? Convert.ToInt32(image.Get("n-pages"), CultureInfo.InvariantCulture) : 1;
            var (width, height) = orientation is >= 5 and <= 8 ? (image.Height, image.Width) : (image.Width, image.Height);
            if ((long)width * height > MaxPixels)
            {
                return ImageInspection.Unreadable($"it has {width:N0} x {height:N0} pixels, more than the {MaxPixels:N0} Inkstone resizes");
            }

            return new ImageInspection(new ImageFacts(format, width, height, pages > 1, image.HasAlpha()), null, null);
        }
        catch (VipsException e)
        {
            return ImageInspection.Unreadable(Reason(e));
        }
    }

    public static ImageInspection Inspect(byte[] bytes)
    {
        var header = Header(bytes);
        if (header.Facts is not { } facts)
        {
            return header;
        }

        try
        {
            using var pixel = Image.ThumbnailBuffer(bytes, 1, FailOnDamage, height: 1, size: Enums.Size.Force);
            using var srgb = pixel.Interpretation == Enums.Interpretation.Cmyk ? pixel.IccTransform("srgb", inputProfile: "cmyk") : pixel.Colourspace(Enums.Interpretation.Srgb);
            var point = srgb.Getpoint(0, 0);
            var colour = facts.Alpha || point.Length < 3 ? null : string.Create(CultureInfo.InvariantCulture, $"#{Byte(point[0]):x2}{Byte(point[1]):x2}{Byte(point[2]):x2}");
            return header with { Colour = colour };
        }
        catch (VipsException e)
        {
            return ImageInspection.Unreadable(Reason(e));
        }
    }

    private static int Byte(double value) => (int)System.Math.Clamp(System.Math.Round(value), 0, 255);

    private static ImageFormat? Format(Image image) => (image.Contains("vips-loader") ? image.Get("vips-loader") as string : null) switch
    {
        "jpegload_buffer" => ImageFormat.Jpeg,
        "pngload_buffer" => ImageFormat.Png,
        "gifload_buffer" => ImageFormat.Gif,
        "webpload_buffer" => ImageFormat.WebP,
        "heifload_buffer" => ImageFormat.Avif,
        "tiffload_buffer" => ImageFormat.Tiff,
        _ => null,
    };

    /// <summary>libvips' first line, which names the problem ("VipsJpeg: Premature end of input file"); the rest repeats it.</summary>
    private static string Reason(VipsException e)
    {
        var lines = e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var detail = lines.Skip(1).FirstOrDefault(l => l.Length > 0) ?? lines.FirstOrDefault() ?? "libvips could not read it";
        return "libvips could not read it: " + detail.TrimEnd('.');
    }
}
