using Markdig.Helpers;
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

    /// <summary>A block's lines joined with line breaks, with the source offset of each character (one more for the end).</summary>
    /// <param name="emptyAt">The offset to give the end when there are no lines.</param>
    public static (string Text, int[] Offsets) OfLines(StringLineGroup lines, int emptyAt)
    {
        var text = new System.Text.StringBuilder();
        var offsets = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var slice = lines.Lines[i].Slice;
            if (i > 0)
            {
                offsets.Add(slice.Start - 1);
                text.Append('\n');
            }

            for (var j = 0; j < slice.Length; j++)
            {
                offsets.Add(slice.Start + j);
            }

            text.Append(slice.AsSpan());
        }

        offsets.Add(offsets.Count > 0 ? offsets[^1] + 1 : emptyAt);
        return (text.ToString(), [.. offsets]);
    }
}
