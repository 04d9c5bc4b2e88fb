using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Inkstone.Markdown.Attributes;

/// <summary>
/// Finds attribute lists in running text: kramdown's span IAL <c>{: .class}</c> and header id <c>{#id}</c>, or
/// Python-Markdown's <c>{ .class #id }</c> (a colon allowed). Text in braces that is not an attribute list stays text.
/// </summary>
internal sealed class AttributeSpanParser(bool kramdown) : InlineParser
{
    public override void Initialize() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var next = slice.PeekChar();
        if (next == ':' && slice.PeekCharExtra(2) == ':')
        {
            return false;
        }

        if (kramdown && next != ':' && next != '#')
        {
            return false;
        }

        var close = text.IndexOf('}', start + 1);
        var newline = text.IndexOf('\n', start + 1);
        if (close < 0 || close > slice.End || (newline >= 0 && newline < close))
        {
            return false;
        }

        var inner = text[(start + 1)..close];
        if (inner.StartsWith(':'))
        {
            inner = inner[1..];
        }

        if (AttributeList.Parse(inner, references: kramdown) is not { } attributes || attributes.IsEmpty)
        {
            return false;
        }

        processor.Inline = new AttributeSpanInline
        {
            Attributes = attributes,
            AfterSpace = start > 0 && char.IsWhiteSpace(text[start - 1]),
            Source = text[start..(close + 1)],
            Kramdown = kramdown,
            Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(close)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }
}
