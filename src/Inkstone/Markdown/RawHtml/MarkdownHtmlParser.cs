using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Inkstone.Markdown.RawHtml;

/// <summary>
/// Reads an element whose opening tag stands on its own line with a <c>markdown</c> attribute (Python-Markdown's
/// md_in_html, kramdown's <c>markdown="1"</c>) up to its closing tag on its own line, parsing what is between as Markdown.
/// </summary>
internal sealed partial class MarkdownHtmlParser : BlockParser
{
    public MarkdownHtmlParser() => OpeningCharacters = ['<'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var match = Opening().Match(processor.Line.ToString());
        if (!match.Success || !Attribute().IsMatch(match.Groups["attributes"].Value))
        {
            return BlockState.None;
        }

        var tag = match.Groups["tag"].Value.ToLowerInvariant();
        var attributes = Attribute().Replace(match.Groups["attributes"].Value, "");
        processor.NewBlocks.Push(new MarkdownHtmlBlock(this)
        {
            Tag = tag,
            Opening = $"<{tag}{attributes}>",
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Line.Start, processor.Line.End),
        });
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var html = (MarkdownHtmlBlock)block;
        if (processor.Line.ToString().Trim().Equals($"</{html.Tag}>", StringComparison.OrdinalIgnoreCase))
        {
            block.Span = new SourceSpan(block.Span.Start, processor.Line.End);
            return BlockState.BreakDiscard;
        }

        return BlockState.Continue;
    }

    [GeneratedRegex("""^<(?<tag>[A-Za-z][A-Za-z0-9-]*)(?<attributes>(?:\s[^<>]*)?)>[ \t]*$""")]
    private static partial Regex Opening();

    [GeneratedRegex("""\s+markdown(?:\s*=\s*(?:"(?:1|block|span)"|'(?:1|block|span)'|1|block|span))?(?=\s|/|$)""")]
    private static partial Regex Attribute();
}
