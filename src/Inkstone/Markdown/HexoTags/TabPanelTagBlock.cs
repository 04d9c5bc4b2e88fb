using Inkstone.Markdown.Liquid;
using Inkstone.Markdown.Tabs;
using Markdig.Syntax;

namespace Inkstone.Markdown.HexoTags;

internal sealed record TabPanelTagBlock(string Title) : ITagBlock
{
    public void Bind(ContainerBlock container, TagBlockBinding binding) =>
        TagBlockBinding.Replace(container, new TabPanelBlock { Title = Title });
}
