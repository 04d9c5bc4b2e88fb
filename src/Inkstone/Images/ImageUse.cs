using Inkstone.Diagnostics;

namespace Inkstone.Images;

/// <summary>
/// An image a post shows, as its rendering wrote it into the page: the site file, the path the original is
/// published at (variants are written beside it), and where the post names it, for the image stage's diagnostics.
/// </summary>
internal sealed record ImageUse(string File, string OutputPath, SourceLocation Location);
