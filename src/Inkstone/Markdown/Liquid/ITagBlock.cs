using Markdig.Syntax;

namespace Inkstone.Markdown.Liquid;

/// <summary>
/// What a block tag meant (a callout, tabs, a quote with its source), kept beside the Markdown: the tag writes a
/// <c>:::</c> container named for it, Markdig parses what it holds like any Markdown, and <see cref="TagBlocks.Bind"/>
/// puts this in the container's place.
/// </summary>
internal interface ITagBlock
{
    /// <summary>Replaces <paramref name="container"/> in its parent (its children already bound, innermost first).</summary>
    void Bind(ContainerBlock container, TagBlockBinding binding);
}
