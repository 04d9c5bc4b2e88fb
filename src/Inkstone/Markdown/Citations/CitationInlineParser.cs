using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Inkstone.Markdown.Citations;

/// <summary>
/// Reads pandoc's citations: <c>[@key]</c>, <c>[see @a, p. 3; -@b]</c> in brackets, and <c>@key</c> or <c>@key [p. 3]</c>
/// in the text. Only in a post with a bibliography (<see cref="Enable"/>), so an '@' on any other blog means what it did.
/// Brackets followed by <c>(</c> or <c>[</c> are a link, as in pandoc; code spans are read before, so an '@' in code is code.
/// </summary>
internal sealed class CitationInlineParser : InlineParser
{
    private const string Switch = "inkstone.citations";

    public CitationInlineParser() => OpeningCharacters = ['[', '@'];

    /// <summary>Turns citations on for one parse.</summary>
    public static void Enable(MarkdownParserContext context) => context.Properties[Switch] = true;

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (processor.Context is null || !processor.Context.Properties.ContainsKey(Switch))
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        int end;
        CitationInline? citation;
        if (slice.CurrentChar == '[')
        {
            end = Bracketed(text, start, slice.End, out citation);
        }
        else
        {
            end = InText(text, start, slice.End, out citation);
        }

        if (citation is null)
        {
            return false;
        }

        citation.Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end - 1));
        citation.Line = line;
        citation.Column = column;
        processor.Inline = citation;
        slice.Start = end;
        return true;
    }

    private static int Bracketed(string text, int open, int last, out CitationInline? citation)
    {
        citation = null;
        var close = Close(text, open, last);
        if (close < 0 || (close + 1 <= last && text[close + 1] is '(' or '[' or ':'))
        {
            return -1;
        }

        var items = new List<CitationItem>();
        foreach (var part in Split(text, open + 1, close))
        {
            if (Item(part) is not { } item)
            {
                return -1;
            }

            items.Add(item);
        }

        citation = new CitationInline(items, inText: false, text[open..(close + 1)]);
        return close + 1;
    }

    private static CitationItem? Item(string part)
    {
        for (var at = part.IndexOf('@'); at >= 0; at = part.IndexOf('@', at + 1))
        {
            var suppress = at > 0 && part[at - 1] == '-';
            var before = suppress ? at - 1 : at;
            if (before > 0 && !char.IsWhiteSpace(part[before - 1]))
            {
                continue;
            }

            var keyEnd = CitationKeys.Read(part, at + 1, part.Length - 1, out var key);
            if (keyEnd < 0)
            {
                continue;
            }

            var suffix = part[keyEnd..].Trim();
            if (suffix.StartsWith(','))
            {
                suffix = suffix[1..].TrimStart();
            }

            return new CitationItem(key, part[..before].Trim(), suffix, suppress);
        }

        return null;
    }

    private static int InText(string text, int at, int last, out CitationInline? citation)
    {
        citation = null;
        if (!CitationKeys.MayFollow(at > 0 ? text[at - 1] : '\0'))
        {
            return -1;
        }

        var end = CitationKeys.Read(text, at + 1, last, out var key);
        if (end < 0)
        {
            return -1;
        }

        // "@key [p. 3]": a locator in brackets right after the key, unless the brackets are a link or another citation.
        var suffix = "";
        var open = end <= last && text[end] == '[' ? end : end + 1 <= last && text[end] == ' ' && text[end + 1] == '[' ? end + 1 : -1;
        if (open >= 0)
        {
            var close = Close(text, open, last);
            if (close > open && !text.AsSpan(open, close - open).Contains('@') && !(close + 1 <= last && text[close + 1] is '(' or '['))
            {
                suffix = text[(open + 1)..close].Trim();
                end = close + 1;
            }
        }

        citation = new CitationInline([new CitationItem(key, "", suffix, false)], inText: true, text[at..end]);
        return end;
    }

    /// <summary>The ']' that closes the '[' at <paramref name="open"/>, past nested brackets and escapes; -1 when none.</summary>
    private static int Close(string text, int open, int last)
    {
        var depth = 0;
        for (var i = open; i <= last; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '`':
                    // A code span inside the brackets makes them no citation: keep it simple and leave them to Markdown.
                    return -1;
                case '[':
                    depth++;
                    break;
                case ']' when --depth == 0:
                    return i;
            }
        }

        return -1;
    }

    private static IEnumerable<string> Split(string text, int from, int to)
    {
        var start = from;
        for (var i = from; i < to; i++)
        {
            if (text[i] == ';')
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..to];
    }
}
