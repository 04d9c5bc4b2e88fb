using Inkstone.Markdown.Liquid;
using Inkstone.Markdown.Tabs;
using Markdig.Syntax;

namespace Inkstone.Markdown.HexoTags;

/// <summary>The tabs of a <c>{% tabs %}</c> tag, and each of its panels.</summary>
internal sealed record TabsTagBlock(int Selected) : ITagBlock
{
    public void Bind(ContainerBlock container, TagBlockBinding binding) =>
        TagBlockBinding.Replace(container, new TabsBlock { GroupNumber = binding.NextGroup(), Selected = Selected });
}
