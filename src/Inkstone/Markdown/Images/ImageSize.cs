namespace Inkstone.Markdown.Images;

/// <summary>The pixel size of an image, written into <c>width</c>/<c>height</c> so the page does not jump while it loads.</summary>
internal readonly record struct ImageSize(int Width, int Height);
