using Markdig.Parsers;
using Markdig.Syntax;

namespace Inkstone.Markdown.Callouts;

/// <summary>
/// One callout, whatever syntax it was written in: a GitHub/Obsidian alert, a <c>:::tip</c> container,
/// a Hexo <c>{% note %}</c>, or a Notion-style quote that starts with an emoji.
/// </summary>
internal sealed class CalloutBlock(BlockParser? parser = null) : ContainerBlock(parser)
{
    public CalloutKind Kind { get; set; }

    /// <summary>A title the writer gave; null means the kind's default title (or none for emoji callouts), "" no title at all.</summary>
    public string? Title { get; set; }

    /// <summary>The emoji of a Notion-style callout, shown as its icon.</summary>
    public string? Icon { get; set; }

    public CalloutFold Fold { get; set; }

    /// <summary>Styles the writer asked for by name (Hexo's <c>no-icon</c>, <c>flat</c>), each written as a class <c>callout--NAME</c>.</summary>
    public IReadOnlyList<string> Modifiers { get; set; } = [];

    /// <summary>Whether default titles are English; null follows the site. Set from a post's own <c>lang</c>.</summary>
    public bool? English { get; set; }
}
