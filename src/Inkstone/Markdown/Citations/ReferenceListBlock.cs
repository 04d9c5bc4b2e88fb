using Markdig.Parsers;
using Markdig.Syntax;

namespace Inkstone.Markdown.Citations;

/// <summary>The list of works a post cites, made by <see cref="CitationResolver"/>: at the end, or where <c>&lt;!-- references --&gt;</c> stood.</summary>
internal sealed class ReferenceListBlock(BlockParser? parser, string html) : LeafBlock(parser)
{
    public string Html { get; } = html;
}
