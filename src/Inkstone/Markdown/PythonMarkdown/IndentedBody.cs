using Markdig.Parsers;
using Markdig.Syntax;

namespace Inkstone.Markdown.PythonMarkdown;

/// <summary>
/// Python-Markdown's rule for what belongs to an admonition or a tab: every following line indented by four
/// spaces, and blank lines between them. The first line indented less ends the block, even in the middle of a
/// paragraph: Python-Markdown has no lazy continuation lines there.
/// </summary>
internal static class IndentedBody
{
    public const int Width = 4;

    public static BlockState Continue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine)
        {
            return BlockState.Continue;
        }

        if (processor.Indent < Width)
        {
            if (block is ContainerBlock { LastChild: ParagraphBlock paragraph })
            {
                processor.Close(paragraph);
            }

            return BlockState.None;
        }

        processor.GoToColumn(processor.ColumnBeforeIndent + Width);
        return BlockState.Continue;
    }
}
