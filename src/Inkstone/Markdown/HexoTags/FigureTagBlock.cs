using Inkstone.Markdown.Liquid;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.HexoTags;

/// <summary>An image tag with classes or a size: the container around its image goes, and the image keeps them.</summary>
internal sealed record FigureTagBlock(IReadOnlyList<string> Classes, string? Width, string? Height) : ITagBlock
{
    public void Bind(ContainerBlock container, TagBlockBinding binding)
    {
        if (container.Descendants<LinkInline>().FirstOrDefault(l => l.IsImage) is { } image)
        {
            var attributes = image.GetAttributes();
            foreach (var name in Classes)
            {
                attributes.AddClass(name);
            }

            if (Width is not null)
            {
                attributes.AddProperty("width", Width);
            }

            if (Height is not null)
            {
                attributes.AddProperty("height", Height);
            }
        }

        TagBlockBinding.Unwrap(container);
    }
}
