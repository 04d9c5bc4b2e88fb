using Inkstone.Markdown.Liquid;
using Markdig.Syntax;

namespace Inkstone.Markdown.HexoTags;

internal sealed record QuotationTagBlock(IReadOnlyList<string> Modifiers, string? Author = null, string? Source = null, string? Title = null) : ITagBlock
{
    public void Bind(ContainerBlock container, TagBlockBinding binding) =>
        TagBlockBinding.Replace(container, new QuotationBlock { Modifiers = Modifiers, Author = Author, Source = Source, Title = Title });
}
