using Markdig.Parsers;

namespace Inkstone.Markdown.PythonMarkdown;

/// <summary>
/// Python-Markdown's rule for what belongs to an admonition or a tab: every following line indented by four
/// spaces, and blank lines between them. The first line indented less ends the block.
/// </summary>
internal static class IndentedBody
{
    public const int Width = 4;

    public static BlockState Continue(BlockProcessor processor)
    {
        if (processor.IsBlankLine)
        {
            return BlockState.Continue;
        }

        if (processor.Indent < Width)
        {
            return BlockState.None;
        }

        processor.GoToColumn(processor.ColumnBeforeIndent + Width);
        return BlockState.Continue;
    }
}
