using System.Text.RegularExpressions;
using Markdig.Extensions.Mathematics;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Inkstone.Markdown.Math;

/// <summary>
/// Reads a display environment written without any delimiter (<c>\begin{equation}</c> ... <c>\end{equation}</c>,
/// also <c>align</c>, <c>gather</c>, <c>multline</c>, <c>alignat</c>, starred or not), which MathJax typesets where it
/// stands, as a display formula; otherwise Markdown would eat its <c>\\</c> and <c>_</c>.
/// </summary>
internal sealed partial class TexEnvironmentParser : BlockParser
{
    public TexEnvironmentParser() => OpeningCharacters = ['\\'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var match = Begin().Match(processor.Line.ToString());
        if (!match.Success)
        {
            return BlockState.None;
        }

        var block = new MathBlock(this)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
            FencedChar = '$',
            OpeningFencedCharCount = 0,
        };
        block.SetData(typeof(TexEnvironmentParser), match.Groups["name"].Value);
        processor.NewBlocks.Push(block);
        return Ends(processor, block) ? BlockState.Break : BlockState.Continue;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        block.UpdateSpanEnd(processor.Line.End);
        return Ends(processor, block) ? BlockState.Break : BlockState.Continue;
    }

    private static bool Ends(BlockProcessor processor, Block block) =>
        processor.Line.ToString().Contains($"\\end{{{block.GetData(typeof(TexEnvironmentParser))}}}", StringComparison.Ordinal);

    [GeneratedRegex("""^\\begin\{(?<name>(?:equation|align|alignat|gather|multline|flalign|eqnarray)\*?)\}""")]
    private static partial Regex Begin();
}
