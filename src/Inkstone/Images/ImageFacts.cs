namespace Inkstone.Images;

/// <summary>
/// What an image's header says: its format, its size as shown (after its EXIF orientation), whether it moves
/// (several frames) and whether it has transparency.
/// </summary>
internal sealed record ImageFacts(ImageFormat Format, int Width, int Height, bool Animated, bool Alpha);
