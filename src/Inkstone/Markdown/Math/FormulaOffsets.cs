using Markdig.Parsers;

namespace Inkstone.Markdown.Math;

/// <summary>
/// Where each UTF-16 unit of an inline formula stands in the Markdown source (one entry more for the end), so that an
/// error's offset in the formula becomes a line and column in the file. Markdig hands inline parsers a paragraph's lines
/// joined into one string, without the indentation and container markers of continuation lines; only the inline
/// processor can map positions in that string back to the source.
/// </summary>
internal sealed record FormulaOffsets(int[] Offsets)
{
    public static FormulaOffsets Of(InlineProcessor processor, string text, int start, int end)
    {
        var offsets = new int[end - start + 1];
        for (var i = 0; i < offsets.Length; i++)
        {
            // A line's characters are contiguous in the source; only the first of each line needs the processor.
            offsets[i] = i == 0 || text[start + i - 1] == '\n' ? processor.GetSourcePosition(start + i) : offsets[i - 1] + 1;
        }

        return new FormulaOffsets(offsets);
    }
}
