using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Inkstone.Markdown.Attributes;

/// <summary>Reads a line that is only a kramdown IAL or ALD; it ends a paragraph, as in kramdown, so <c>text\n{: .lead}</c> styles the paragraph.</summary>
internal sealed partial class AttributeBlockParser : BlockParser
{
    public AttributeBlockParser() => OpeningCharacters = ['{'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var match = Line().Match(line.ToString());
        if (!match.Success || AttributeList.Parse(match.Groups["list"].Value, references: true) is not { } attributes)
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new AttributeBlock(this)
        {
            Attributes = attributes,
            DefinedName = match.Groups["name"].Success ? match.Groups["name"].Value : null,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        });
        return BlockState.BreakDiscard;
    }

    [GeneratedRegex("""^\{:(?!:)(?:(?<name>[\w][\w-]*):)?(?<list>[^}]*)\}[ \t]*$""")]
    private static partial Regex Line();
}
