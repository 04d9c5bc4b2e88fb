namespace Inkstone.Images;

/// <summary>The image formats Inkstone reads, and writes as variants.</summary>
internal enum ImageFormat
{
    Jpeg,
    Png,
    Gif,
    WebP,
    Avif,
    Tiff,
    Svg,
}

internal static class ImageFormats
{
    public static string Extension(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "jpg",
        ImageFormat.Png => "png",
        ImageFormat.Gif => "gif",
        ImageFormat.WebP => "webp",
        ImageFormat.Avif => "avif",
        ImageFormat.Tiff => "tiff",
        _ => "svg",
    };

    public static string MediaType(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.Gif => "image/gif",
        ImageFormat.WebP => "image/webp",
        ImageFormat.Avif => "image/avif",
        ImageFormat.Tiff => "image/tiff",
        _ => "image/svg+xml",
    };

    /// <summary>The format named in <c>image_processing.formats</c>.</summary>
    public static ImageFormat Named(string name) => name == "avif" ? ImageFormat.Avif : ImageFormat.WebP;

    /// <summary>
    /// What browsers without the modern formats are given: the original's format where every browser shows it,
    /// else JPEG, or PNG for an image with transparency.
    /// </summary>
    public static ImageFormat Fallback(ImageFormat original, bool alpha) => original switch
    {
        ImageFormat.Jpeg or ImageFormat.Png or ImageFormat.Gif or ImageFormat.WebP => original,
        _ => alpha ? ImageFormat.Png : ImageFormat.Jpeg,
    };

    /// <summary>The format of a file by its name, for the files Inkstone processes; null for any other.</summary>
    public static ImageFormat? OfFileName(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => ImageFormat.Jpeg,
        ".png" => ImageFormat.Png,
        ".gif" => ImageFormat.Gif,
        ".webp" => ImageFormat.WebP,
        ".avif" => ImageFormat.Avif,
        ".tif" or ".tiff" => ImageFormat.Tiff,
        ".svg" => ImageFormat.Svg,
        _ => null,
    };
}
