using Markdig.Parsers;
using Markdig.Syntax;

namespace Inkstone.Markdown.Attributes;

/// <summary>
/// A kramdown attribute list on a line of its own: a block IAL (<c>{: .class}</c>) for the block just before it or,
/// after a blank line, the one after it; or an ALD (<c>{:name: .class}</c>) that IALs name.
/// </summary>
internal sealed class AttributeBlock(BlockParser parser) : LeafBlock(parser)
{
    public required AttributeList Attributes { get; init; }

    /// <summary>The name an ALD defines; null for an IAL.</summary>
    public string? DefinedName { get; init; }
}
