namespace Inkstone.Images;

/// <summary>
/// How one image is published: its variants, each width in the modern formats and in the fallback format, named by
/// a digest of the image and the settings, so a changed image or setting gets new addresses and browsers may keep
/// every file for ever. <see cref="Colour"/> is the dominant colour shown while it loads (null for none).
/// </summary>
internal sealed record ResponsiveImage(string File, string OutputPath, ImageFacts Facts, string Key, ImageFormat Fallback, IReadOnlyList<ImageVariant> Variants, string? Colour)
{
    /// <summary>The widest variant in the fallback format: the <c>img</c>'s own <c>src</c>, and its size.</summary>
    public ImageVariant Largest => Variants.Where(v => v.Format == Fallback).MaxBy(v => v.Width)!;

    /// <summary>The formats offered in <c>source</c> elements before the fallback, in order.</summary>
    public IEnumerable<ImageFormat> Sources => Variants.Select(v => v.Format).Distinct().Where(f => f != Fallback);
}
