using Inkstone.Markdown.HexoTags;
using Inkstone.Markdown.Liquid;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>A figure with a link, classes or a size: the image is wrapped in the link, then kept as Hexo's image tags keep theirs.</summary>
internal sealed record FigureShortcodeBlock(IReadOnlyList<string> Classes, string? Width, string? Height, string? Link) : ITagBlock
{
    public void Bind(ContainerBlock container, TagBlockBinding binding)
    {
        if (Link is not null && container.Descendants<LinkInline>().FirstOrDefault(l => l.IsImage) is { Parent: not null } image)
        {
            var link = new LinkInline(Link, "") { Line = image.Line, Column = image.Column, Span = image.Span };
            image.ReplaceBy(link, copyChildren: false);
            link.AppendChild(image);
        }

        new FigureTagBlock(Classes, Width, Height).Bind(container, binding);
    }
}
