using Markdig.Syntax;

namespace Inkstone.Markdown.Tabs;

/// <summary>Panels of any content shown one at a time (NexT's and Butterfly's <c>{% tabs %}</c>); its children are <see cref="TabPanelBlock"/>s.</summary>
internal sealed class TabsBlock() : ContainerBlock(null)
{
    /// <summary>Numbers the groups of a page, so their radio buttons do not interfere.</summary>
    public int GroupNumber { get; init; }

    /// <summary>The panel shown first, from 1.</summary>
    public int Selected { get; init; } = 1;
}
