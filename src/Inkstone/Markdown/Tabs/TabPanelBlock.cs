using Markdig.Syntax;

namespace Inkstone.Markdown.Tabs;

/// <summary>One panel of a <see cref="TabsBlock"/>, with the words of its tab.</summary>
internal sealed class TabPanelBlock() : ContainerBlock(null)
{
    public required string Title { get; init; }
}
