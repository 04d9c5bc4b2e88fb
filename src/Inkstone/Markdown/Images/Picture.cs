namespace Inkstone.Markdown.Images;

/// <summary>What a processed image's <c>&lt;picture&gt;</c> writes before its <c>&lt;img&gt;</c>: a source per modern format, shown at <see cref="Sizes"/>.</summary>
internal sealed record Picture(IReadOnlyList<PictureSource> Sources, string Sizes);
