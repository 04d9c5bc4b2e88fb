using Markdig.Syntax;

namespace Inkstone.Markdown.Images;

/// <summary>A paragraph that holds only an image with a title: rendered as a figure with the title as its caption.</summary>
internal sealed class FigureBlock() : ContainerBlock(null)
{
    public required string Caption { get; init; }
}
