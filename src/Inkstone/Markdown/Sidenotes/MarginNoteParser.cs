using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Inkstone.Markdown.Sidenotes;

/// <summary>
/// Reads a marginal note: <c>{-&gt;</c>, its text (braces inside must pair up), and <c>}</c>. The syntax is Inkstone's own;
/// no engine gives <c>{-&gt;</c> a meaning, and an arrow into the margin is easy to remember.
/// </summary>
internal sealed class MarginNoteParser : InlineParser
{
    public MarginNoteParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '-' || slice.PeekCharExtra(2) != '>')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        var depth = 0;
        var close = -1;
        for (var i = start; i <= slice.End; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}' && --depth == 0)
            {
                close = i;
                break;
            }
        }

        var end = close < 0 ? start + 3 : close + 1;
        var note = new MarginNoteInline(close < 0 ? null : text[(start + 3)..close].Trim())
        {
            Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end - 1)),
            Line = line,
            Column = column,
            IsClosed = true,
        };
        processor.Inline = note;
        slice.Start = end;
        return true;
    }
}
