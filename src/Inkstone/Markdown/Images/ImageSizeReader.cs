using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Inkstone.Markdown.Images;

/// <summary>
/// Reads an image's size from its header (PNG, GIF, JPEG, WebP) or its root element (SVG), without
/// decoding pixels. Unknown or damaged files give null, and the image is shown without a size.
/// </summary>
internal static partial class ImageSizeReader
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageSize? Read(ReadOnlySpan<byte> data)
    {
        try
        {
            return Png(data) ?? Gif(data) ?? Jpeg(data) ?? WebP(data) ?? Svg(data);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static ImageSize? Png(ReadOnlySpan<byte> d) =>
        d.Length >= 24 && d[..8].SequenceEqual(PngSignature)
            ? new ImageSize(BinaryPrimitives.ReadInt32BigEndian(d[16..]), BinaryPrimitives.ReadInt32BigEndian(d[20..]))
            : null;

    private static ImageSize? Gif(ReadOnlySpan<byte> d) =>
        d.Length >= 10 && (d[..6].SequenceEqual("GIF87a"u8) || d[..6].SequenceEqual("GIF89a"u8))
            ? new ImageSize(BinaryPrimitives.ReadUInt16LittleEndian(d[6..]), BinaryPrimitives.ReadUInt16LittleEndian(d[8..]))
            : null;

    private static ImageSize? Jpeg(ReadOnlySpan<byte> d)
    {
        if (d.Length < 4 || d[0] != 0xFF || d[1] != 0xD8)
        {
            return null;
        }

        var i = 2;
        while (i + 9 < d.Length)
        {
            if (d[i] != 0xFF)
            {
                i++;
                continue;
            }

            var marker = d[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(d[(i + 2)..]);
            // SOF0-SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return new ImageSize(BinaryPrimitives.ReadUInt16BigEndian(d[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(d[(i + 5)..]));
            }

            i += 2 + length;
        }

        return null;
    }

    private static ImageSize? WebP(ReadOnlySpan<byte> d)
    {
        if (d.Length < 30 || !d[..4].SequenceEqual("RIFF"u8) || !d[8..12].SequenceEqual("WEBP"u8))
        {
            return null;
        }

        var chunk = d[12..16];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            return new ImageSize(BinaryPrimitives.ReadUInt16LittleEndian(d[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(d[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(d[21..]);
            return new ImageSize((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            return new ImageSize((d[24] | (d[25] << 8) | (d[26] << 16)) + 1, (d[27] | (d[28] << 8) | (d[29] << 16)) + 1);
        }

        return null;
    }

    private static ImageSize? Svg(ReadOnlySpan<byte> d)
    {
        var head = Encoding.UTF8.GetString(d[..System.Math.Min(d.Length, 4096)]);
        var root = SvgRoot().Match(head);
        if (!root.Success)
        {
            return null;
        }

        var tag = root.Value;
        var width = Length(Attribute(tag, "width"));
        var height = Length(Attribute(tag, "height"));
        if (width is { } w && height is { } h)
        {
            return new ImageSize(w, h);
        }

        var viewBox = Attribute(tag, "viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (viewBox is { Length: 4 } &&
            double.TryParse(viewBox[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var vw) &&
            double.TryParse(viewBox[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var vh) && vw > 0 && vh > 0)
        {
            return new ImageSize((int)System.Math.Round(vw), (int)System.Math.Round(vh));
        }

        return null;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $@"\s{name}\s*=\s*[""']([^""']*)[""']");
        return match.Success ? match.Groups[1].Value : null;
    }

    private static int? Length(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var number = value.Trim().TrimEnd('x', 'p').Trim();
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 ? (int)System.Math.Round(n) : null;
    }

    [GeneratedRegex(@"<svg\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SvgRoot();
}
