namespace Inkstone.Content.Notebooks;

/// <summary>
/// An image a notebook's output holds, published beside the page under <see cref="FileName"/> (which carries a digest
/// of the bytes, so a changed image is a changed body). <see cref="Width"/> and <see cref="Height"/> are the size the
/// output asked to be shown at (a retina figure's half size), else null for the image's own.
/// </summary>
internal sealed record NotebookAttachment(string FileName, byte[] Bytes, int? Width, int? Height);
