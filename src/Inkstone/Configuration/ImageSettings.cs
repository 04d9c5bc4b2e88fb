namespace Inkstone.Configuration;

/// <summary>
/// How the images of posts and pages are processed (<c>image_processing:</c>): resized to <see cref="Widths"/> no wider
/// than the original, encoded in <see cref="Formats"/> with the original's format as the fallback, and shown at
/// <see cref="Sizes"/>. <c>image_processing: false</c> publishes images as they are.
/// </summary>
internal sealed record ImageSettings
{
    public static ImageSettings Off { get; } = new() { Enabled = false };

    public bool Enabled { get; init; } = true;

    /// <summary>The widths made of each image, ascending; an image narrower than one is made at its own width instead.</summary>
    public IReadOnlyList<int> Widths { get; init; } = [480, 800, 1200, 1600];

    /// <summary>The modern formats offered before the fallback, best first: <c>avif</c>, <c>webp</c>.</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["avif", "webp"];

    /// <summary>
    /// The <c>sizes</c> attribute: how wide the image is shown. The default is the post column of the default theme
    /// (44rem, less the page's padding on a phone).
    /// </summary>
    public string Sizes { get; init; } = "(min-width: 46.5rem) 44rem, calc(100vw - 2.5rem)";

    /// <summary>Whether each image carries its dominant colour as a placeholder shown while it loads.</summary>
    public bool Placeholder { get; init; } = true;

    /// <summary>The formats the settings may name.</summary>
    public static IReadOnlyList<string> KnownFormats { get; } = ["avif", "webp"];
}
