using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.Kramdown;

/// <summary>
/// kramdown's extensions in running text: <c>{::comment}...{:/comment}</c> and <c>{::options .../}</c> show nothing,
/// <c>{::nomarkdown}...{:/nomarkdown}</c> is written as it is.
/// </summary>
internal sealed partial class SpanExtensionParser : InlineParser
{
    public SpanExtensionParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != ':' || slice.PeekCharExtra(2) != ':')
        {
            return false;
        }

        var text = slice.Text;
        var match = Extension().Match(text, slice.Start, slice.End - slice.Start + 1);
        if (!match.Success)
        {
            return false;
        }

        var position = processor.GetSourcePosition(slice.Start, out var line, out var column);
        var span = new SourceSpan(position, processor.GetSourcePosition(match.Index + match.Length - 1));
        processor.Inline = match.Groups["name"].Value == "nomarkdown"
            ? new HtmlInline(match.Groups["content"].Value) { Span = span, Line = line, Column = column }
            : new LiteralInline("") { Span = span, Line = line, Column = column };
        slice.Start = match.Index + match.Length;
        return true;
    }

    [GeneratedRegex("""\G\{::(?:(?<name>options)[^}]*/\}|(?<name>comment|nomarkdown)\}(?<content>.*?)\{:/(?:\k<name>)?\})""", RegexOptions.Singleline)]
    private static partial Regex Extension();
}
