using Markdig.Parsers;
using Markdig.Syntax;

namespace Inkstone.Markdown.RawHtml;

/// <summary>An HTML element marked <c>markdown</c> (<c>&lt;div markdown="1"&gt;</c>), whose content is Markdown rather than raw HTML.</summary>
internal sealed class MarkdownHtmlBlock(BlockParser parser) : ContainerBlock(parser)
{
    public required string Tag { get; init; }

    /// <summary>The opening tag as written, without its <c>markdown</c> attribute.</summary>
    public required string Opening { get; init; }
}
