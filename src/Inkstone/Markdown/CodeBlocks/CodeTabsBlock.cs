using Markdig.Syntax;

namespace Inkstone.Markdown.CodeBlocks;

/// <summary>Consecutive code blocks with <c>tab="..."</c>: one group of tabs, the first shown.</summary>
internal sealed class CodeTabsBlock() : ContainerBlock(null)
{
    /// <summary>Numbers the groups of a page, so their radio buttons do not interfere.</summary>
    public int GroupNumber { get; init; }
}
