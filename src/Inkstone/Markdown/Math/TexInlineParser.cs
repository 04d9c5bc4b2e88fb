using Markdig.Extensions.Mathematics;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.Math;

/// <summary>
/// Finds inline math before emphasis and escapes are parsed, so <c>_</c>, <c>*</c>, <c>\\</c>, <c>|</c>
/// and <c>&lt;</c> reach the compiler intact. Delimiters: <c>$...$</c> (opening <c>$</c> not followed by a
/// space; closing <c>$</c> not followed by a digit, and not preceded by a space unless nothing else could close
/// the formula, so "$5 and $10" stays text,
/// while Chinese right next to a <c>$</c> works), <c>$$...$$</c> inline, <c>\(...\)</c> and <c>\[...\]</c>,
/// and <c>\$</c> for a literal dollar.
/// </summary>
internal sealed class TexInlineParser : InlineParser
{
    private readonly bool _brackets;

    public TexInlineParser(bool brackets)
    {
        _brackets = brackets;
        OpeningCharacters = ['$', '\\'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        var text = slice.Text;
        var end = slice.End;
        if (slice.CurrentChar == '\\')
        {
            var next = slice.PeekChar();
            if (next == '$')
            {
                processor.Inline = new LiteralInline("$") { Span = new SourceSpan(processor.GetSourcePosition(start, out var l, out var c), processor.GetSourcePosition(start + 1)), Line = l, Column = c };
                slice.Start = start + 2;
                return true;
            }

            if (_brackets && (next == '(' || next == '['))
            {
                var closing = next == '(' ? "\\)" : "\\]";
                var close = text.IndexOf(closing, start + 2, StringComparison.Ordinal);
                if (close < 0 || close > end)
                {
                    return false;
                }

                return Emit(processor, ref slice, start, start + 2, close, close + 2, next == '[');
            }

            return false;
        }

        // "$$...$$" inside a paragraph: display style, inline position.
        if (start + 1 <= end && text[start + 1] == '$')
        {
            var close = text.IndexOf("$$", start + 2, StringComparison.Ordinal);
            if (close < 0 || close > end - 1 || close == start + 2)
            {
                return false;
            }

            return Emit(processor, ref slice, start, start + 2, close, close + 2, display: true);
        }

        var first = start + 1;
        if (first > end || char.IsWhiteSpace(text[first]))
        {
            return false;
        }

        for (var i = first; i <= end; i++)
        {
            var ch = text[i];
            if (ch == '\\')
            {
                i++;
                continue;
            }

            if (ch == '\n' && i + 1 <= end && text[i + 1] == '\n')
            {
                return false;
            }

            if (ch == '$' && i != first && !(i + 1 <= end && char.IsAsciiDigit(text[i + 1])) && (!char.IsWhiteSpace(text[i - 1]) || ClosesAfterSpace(text, first, i, end)))
            {
                return Emit(processor, ref slice, start, first, i, i + 1, display: false);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a <c>$</c> after a space closes the formula (<c>$x $.</c>): only when nothing else could pair with the
    /// opening one, so no <c>$</c> follows in the paragraph, no letter or digit follows it, and the formula does not
    /// start with a digit as a price does.
    /// </summary>
    private static bool ClosesAfterSpace(string text, int first, int close, int end)
    {
        if (char.IsAsciiDigit(text[first]) || (close + 1 <= end && char.IsLetterOrDigit(text[close + 1])))
        {
            return false;
        }

        var next = text.IndexOf('$', close + 1);
        return next < 0 || next > end;
    }

    private static bool Emit(InlineProcessor processor, ref StringSlice slice, int start, int contentStart, int contentEnd, int after, bool display)
    {
        var position = processor.GetSourcePosition(start, out var line, out var column);
        var math = new MathInline
        {
            Content = new StringSlice(slice.Text, contentStart, contentEnd - 1),
            Delimiter = '$',
            DelimiterCount = display ? 2 : 1,
            Span = new SourceSpan(position, processor.GetSourcePosition(after - 1)),
            Line = line,
            Column = column,
        };
        math.GetAttributes().AddClass("math");
        math.SetData(typeof(FormulaOffsets), FormulaOffsets.Of(processor, slice.Text, contentStart, contentEnd));
        processor.Inline = math;
        slice.Start = after;
        return true;
    }
}
