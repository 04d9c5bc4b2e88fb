using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Inkstone.Markdown.PythonMarkdown;

/// <summary>Reads pymdownx.tabbed's <c>=== "Title"</c> (also <c>===+</c>, <c>===!</c>), whose body is the lines indented under it.</summary>
internal sealed partial class TabbedParser : BlockParser
{
    public TabbedParser() => OpeningCharacters = ['='];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var match = Opening().Match(line.ToString());
        if (!match.Success)
        {
            return BlockState.None;
        }

        var flags = match.Groups["flags"].Value;
        processor.NewBlocks.Push(new TabbedBlock(this)
        {
            Title = match.Groups["title"].Value,
            Selected = flags.Contains('+', StringComparison.Ordinal),
            StartsSet = flags.Contains('!', StringComparison.Ordinal),
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        });
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block) => IndentedBody.Continue(processor, block);

    [GeneratedRegex("""^===(?<flags>[+!]{0,2})[ \t]+"(?<title>[^"]*)"[ \t]*$""")]
    private static partial Regex Opening();
}
