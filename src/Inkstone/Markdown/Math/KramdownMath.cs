using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.Math;

/// <summary>
/// kramdown's rule for <c>$$</c>: a formula in running text is inline math, and only one that is the whole paragraph
/// is displayed (kramdown writes <c>\(...\)</c> for the first and <c>\[...\]</c> for the second).
/// </summary>
internal static class KramdownMath
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var math in document.Descendants<MathInline>())
        {
            if (math.DelimiterCount == 2 && !StandsAlone(math))
            {
                math.DelimiterCount = 1;
            }
        }
    }

    private static bool StandsAlone(MathInline math)
    {
        for (var inline = math.Parent?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline != math && !(inline is LineBreakInline || (inline is LiteralInline text && text.Content.IsEmptyOrWhitespace())))
            {
                return false;
            }
        }

        return math.Parent?.ParentBlock is ParagraphBlock;
    }
}
