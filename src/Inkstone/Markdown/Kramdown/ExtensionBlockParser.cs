using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Inkstone.Markdown.Kramdown;

/// <summary>Reads <see cref="ExtensionBlock"/>s: from <c>{::name}</c> to <c>{:/name}</c> (or <c>{:/}</c>), or one <c>{::name .../}</c>.</summary>
internal sealed partial class ExtensionBlockParser : BlockParser
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal) { "comment", "nomarkdown", "options" };

    public ExtensionBlockParser() => OpeningCharacters = ['{'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var match = Opening().Match(processor.Line.ToString());
        if (!match.Success || !Names.Contains(match.Groups["name"].Value))
        {
            return BlockState.None;
        }

        var block = new ExtensionBlock(this)
        {
            Name = match.Groups["name"].Value,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Line.Start, processor.Line.End),
        };
        processor.NewBlocks.Push(block);
        return match.Groups["self"].Success ? BlockState.BreakDiscard : Take(block, match.Groups["rest"].Value, first: true);
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        block.Span = new SourceSpan(block.Span.Start, processor.Line.End);
        return Take((ExtensionBlock)block, processor.Line.ToString(), first: false);
    }

    private static BlockState Take(ExtensionBlock block, string line, bool first)
    {
        var end = line.IndexOf("{:/" + block.Name + "}", StringComparison.Ordinal) is >= 0 and var named ? named : line.IndexOf("{:/}", StringComparison.Ordinal);
        var text = end >= 0 ? line[..end] : line;
        if (!first || text.Length > 0)
        {
            block.Content.Append(text);
            if (end < 0)
            {
                block.Content.Append('\n');
            }
        }

        return end >= 0 ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    [GeneratedRegex("""^\{::(?<name>\w+)(?<options>[^}]*?)(?:(?<self>/)\}[ \t]*$|\}(?<rest>.*)$)""")]
    private static partial Regex Opening();
}
