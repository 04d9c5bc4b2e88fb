using Markdig.Extensions.Mathematics;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.Math;

/// <summary>
/// Keeps closing punctuation written right after an inline formula on the formula's line. A browser may break a line
/// between a formula and the full-width comma after it (the formula is one box, not text), so on a phone a line could
/// start with "，": the formula and its punctuation are bound in a <see cref="MathNoBreakInline"/>, drawn unbreakable.
/// </summary>
internal static class MathPunctuationBinder
{
    public static void Bind(MarkdownDocument document)
    {
        foreach (var math in document.Descendants<MathInline>().ToList())
        {
            if (math.DelimiterCount > 1 || math.NextSibling is not LiteralInline after || math.Parent is null)
            {
                continue;
            }
            var content = after.Content;
            var length = 0;
            while (content.Start + length <= content.End && IsClosingPunctuation(content.Text[content.Start + length]))
            {
                length++;
            }
            if (length == 0)
            {
                continue;
            }

            var punctuation = new LiteralInline(new StringSlice(content.Text, content.Start, content.Start + length - 1))
            {
                Span = new SourceSpan(after.Span.Start, after.Span.Start + length - 1),
                Line = after.Line,
                Column = after.Column,
            };
            var bound = new MathNoBreakInline { Span = new SourceSpan(math.Span.Start, punctuation.Span.End), Line = math.Line, Column = math.Column };
            math.ReplaceBy(bound);
            bound.AppendChild(math);
            bound.AppendChild(punctuation);
            if (length > content.End - content.Start)
            {
                after.Remove();
            }
            else
            {
                after.Content = new StringSlice(content.Text, content.Start + length, content.End);
                after.Span = new SourceSpan(after.Span.Start + length, after.Span.End);
                after.Column += length;
            }
        }
    }

    private static bool IsClosingPunctuation(char c) => c is '，' or '。' or '、' or '；' or '：' or '！' or '？' or '）' or '」' or '』' or '》'
        or '〉' or '】' or '〕' or '”' or '’' or '…' or ',' or '.' or ';' or ':' or '!' or '?' or ')';
}
