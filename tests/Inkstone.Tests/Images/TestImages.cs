using NetVips;

namespace Inkstone.Tests.Images;

/// <summary>
/// Images made for the tests with libvips: a photo-like picture whose top-left corner is red (to see which way up
/// it came out), in every format Inkstone reads, with EXIF orientations, camera metadata and GPS, in CMYK, animated,
/// damaged.
/// </summary>
internal static class TestImages
{
    /// <summary>An upright picture, <paramref name="width"/> x <paramref name="height"/>: a gradient with a red block at the top left.</summary>
    public static Image Upright(int width = 1000, int height = 600)
    {
        using var xy = Image.Xyz(width, height);
        var r = xy[0] * (200.0 / width);
        var g = xy[1] * (200.0 / height);
        var b = (xy[0] + xy[1]) * (100.0 / (width + height)) + 80;
        var picture = r.Bandjoin(g, b).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return picture.Mutate(m => m.DrawRect([255.0, 0, 0], 0, 0, width / 4, height / 4, fill: true));
    }

    public static byte[] Jpeg(int width = 1000, int height = 600) => Upright(width, height).JpegsaveBuffer(q: 90);

    public static byte[] Png(int width = 1000, int height = 600) => Upright(width, height).PngsaveBuffer();

    public static byte[] PngWithAlpha(int width = 1000, int height = 600)
    {
        using var picture = Upright(width, height);
        return picture.Bandjoin(picture[0] * 0 + 128).Copy(interpretation: Enums.Interpretation.Srgb).PngsaveBuffer();
    }

    public static byte[] WebP(int width = 1000, int height = 600) => Upright(width, height).WebpsaveBuffer(q: 90);

    public static byte[] Avif(int width = 1000, int height = 600) =>
        Upright(width, height).HeifsaveBuffer(q: 60, compression: Enums.ForeignHeifCompression.Av1, effort: 0);

    public static byte[] StillGif(int width = 1000, int height = 600) => Upright(width, height).GifsaveBuffer();

    /// <summary>A GIF of three frames, each a different shade.</summary>
    public static byte[] AnimatedGif(int width = 120, int height = 80)
    {
        var frames = Enumerable.Range(0, 3).Select(i => (Image.Black(width, height, bands: 3) + new[] { 80.0 * i, 40, 200 - 60 * i }).Cast(Enums.BandFormat.Uchar)).ToArray();
        using var strip = Image.Arrayjoin(frames, across: 1);
        using var animated = strip.Mutate(m =>
        {
            m.Set(GValue.GIntType, "page-height", height);
            m.Set(GValue.ArrayIntType, "delay", new[] { 100, 100, 100 });
        });
        return animated.GifsaveBuffer();
    }

    /// <summary>A CMYK JPEG, as print workflows save them.</summary>
    public static byte[] CmykJpeg(int width = 1000, int height = 600)
    {
        using var cmyk = Upright(width, height).IccTransform("cmyk", inputProfile: "srgb");
        return cmyk.JpegsaveBuffer(q: 90);
    }

    /// <summary>
    /// A JPEG as a camera writes it: stored turned by EXIF orientation <paramref name="orientation"/> (1-8), so that it
    /// shows as <see cref="Upright"/> once the orientation is applied; with the camera's make and a GPS position.
    /// </summary>
    public static byte[] CameraJpeg(int orientation, int width = 1000, int height = 600)
    {
        using var upright = Upright(width, height);
        // What the camera stored: the upright picture turned the opposite way of what the tag says to do.
        using var stored = orientation switch
        {
            2 => upright.FlipHor(),
            3 => upright.Rot180(),
            4 => upright.FlipVer(),
            5 => upright.Rot90().FlipHor(),
            6 => upright.Rot270(),
            7 => upright.Rot270().FlipHor(),
            8 => upright.Rot90(),
            _ => upright.Copy(),
        };
        using var tagged = stored.Mutate(m =>
        {
            m.Set(GValue.GIntType, "orientation", orientation);
            m.Set(GValue.GStrType, "exif-ifd0-Make", "InkCam");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "N");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", "39/1 54/1 27/1");
        });
        return tagged.JpegsaveBuffer(q: 90);
    }

    /// <summary>Bytes that start like a JPEG and then are not one.</summary>
    public static byte[] Corrupt() => [0xFF, 0xD8, 0xFF, 0xE0, .. System.Text.Encoding.ASCII.GetBytes("this is not an image at all, only text that starts like one")];

    /// <summary>A JPEG cut off halfway, as an interrupted upload leaves it.</summary>
    public static byte[] Truncated()
    {
        var whole = Jpeg();
        return whole[..(whole.Length / 2)];
    }

    /// <summary>Whether the encoded image carries any metadata block: EXIF, XMP, IPTC or an ICC profile.</summary>
    public static bool HasMetadata(byte[] encoded)
    {
        using var image = Image.NewFromBuffer(encoded);
        return image.GetFields().Any(f => f is "exif-data" or "xmp-data" or "iptc-data" or "icc-profile-data" || f.StartsWith("exif-ifd", StringComparison.Ordinal));
    }
}
