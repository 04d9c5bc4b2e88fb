using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.RawHtml;

/// <summary>
/// Raw HTML in Markdown passes through (the author is trusted), but tokens such as <c>&lt;eos&gt;</c> or
/// <c>&lt;unk&gt;</c> in prose about language models are not HTML: they stay visible text instead of
/// vanishing into the page as unknown elements.
/// </summary>
internal static partial class BareTagTransformer
{
    private static readonly FrozenSet<string> HtmlElements = (
        "a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup " +
        "data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header " +
        "hgroup hr html i iframe img input ins kbd label legend li link main map mark math menu meta meter nav noscript object ol optgroup " +
        "option output p param picture pre progress q rp rt ruby s samp script search section select slot small source span strong style sub " +
        "summary sup svg table tbody td template textarea tfoot th thead time title tr track u ul var video wbr center font big tt strike " +
        "mi mn mo ms mtext mrow mfrac msqrt mroot msub msup msubsup munder mover munderover mtable mtr mtd mspace mpadded mphantom semantics annotation " +
        "path g circle rect line polyline polygon text tspan defs use symbol").Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static void Apply(MarkdownDocument document)
    {
        foreach (var html in document.Descendants<HtmlInline>().ToList())
        {
            var match = TagName().Match(html.Tag);
            if (match.Success && !HtmlElements.Contains(match.Groups[1].Value) && !match.Groups[1].Value.Contains('-'))
            {
                html.ReplaceBy(new LiteralInline(html.Tag) { Line = html.Line, Column = html.Column, Span = html.Span });
            }
        }
    }

    [GeneratedRegex(@"^</?([A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex TagName();
}
