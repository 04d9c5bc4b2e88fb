namespace Inkstone.Images;

/// <summary>One file made of an image: a width in a format, published at <see cref="OutputPath"/>.</summary>
internal sealed record ImageVariant(int Width, int Height, ImageFormat Format, string OutputPath);
