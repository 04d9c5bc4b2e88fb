using System.Text;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Inkstone.Markdown.Kramdown;

/// <summary>
/// A kramdown extension on lines of its own: <c>{::comment}...{:/comment}</c> and <c>{::options ... /}</c>, which
/// show nothing, and <c>{::nomarkdown}...{:/nomarkdown}</c>, whose text is written as it is.
/// </summary>
internal sealed class ExtensionBlock(BlockParser parser) : LeafBlock(parser)
{
    public required string Name { get; init; }

    public StringBuilder Content { get; } = new();
}
