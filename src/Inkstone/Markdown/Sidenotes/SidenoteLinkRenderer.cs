using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.Sidenotes;

/// <summary>
/// Writes a footnote reference as Markdig does, followed by the footnote's text as a sidenote: a <c>span</c> the theme
/// sets in the margin beside the line on wide screens and hides on narrow ones, where the list of footnotes shows. The
/// sidenote is a visual copy, hidden from screen readers (<c>aria-hidden</c>, its links out of the tab order, no ids),
/// which read the footnote in the list. Only a footnote of paragraphs referenced from a paragraph of the text (not a table,
/// heading or another footnote; a list, quote or callout around the paragraph is fine) has one; the list shows the others on every screen.
/// </summary>
internal sealed partial class SidenoteLinkRenderer(IMarkdownObjectRenderer markdig, HashSet<Footnote> beside) : HtmlObjectRenderer<FootnoteLink>
{
    private bool _inSidenote;

    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        if (_inSidenote)
        {
            // A sidenote leaves out the footnote's back-link and any reference it makes to another footnote.
            if (!link.IsBackLink)
            {
                renderer.Write("<sup>").Write(link.Footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("</sup>");
            }

            return;
        }

        markdig.Write(renderer, link);
        if (link.IsBackLink || beside.Contains(link.Footnote) || !MayStandBeside(link))
        {
            return;
        }

        var paragraphs = link.Footnote.OfType<ParagraphBlock>().ToList();
        beside.Add(link.Footnote);
        var writer = renderer.Writer;
        var text = new StringWriter();
        renderer.Writer = text;
        _inSidenote = true;
        try
        {
            for (var i = 0; i < paragraphs.Count; i++)
            {
                renderer.Write(i == 0 ? "" : "<span class=\"sidenote__break\"></span>");
                renderer.WriteChildren(paragraphs[i].Inline!);
            }
        }
        finally
        {
            _inSidenote = false;
            renderer.Writer = writer;
        }

        var order = link.Footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Write($"<span class=\"sidenote\" hidden aria-hidden=\"true\"><span class=\"sidenote__number\">{order}</span> {Inert(text.ToString().TrimEnd())}</span>");
    }

    /// <summary>A footnote of paragraphs (a list or code cannot sit in a line of text), referenced from the text's own paragraphs.</summary>
    private static bool MayStandBeside(FootnoteLink link)
    {
        if (link.Footnote.Count == 0 || link.Footnote.Any(b => b is not ParagraphBlock { Inline: not null }))
        {
            return false;
        }

        Inline inline = link;
        while (inline.Parent is { } parent)
        {
            if (parent is LinkInline)
            {
                return false;
            }

            inline = parent;
        }

        Block? block = (inline as ContainerInline)?.ParentBlock;
        if (block is not ParagraphBlock)
        {
            return false;
        }

        for (var container = block.Parent; container is not null; container = container.Parent)
        {
            if (container is not (MarkdownDocument or ListBlock or ListItemBlock or QuoteBlock or Callouts.CalloutBlock))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The copy has no ids (they belong to the footnote in the list) and no stop in the tab order.</summary>
    private static string Inert(string html) => Link().Replace(Id().Replace(html, ""), "<a tabindex=\"-1\" ");

    [GeneratedRegex("""\s(?:id|aria-describedby)="[^"]*"(?=[\s>])""")]
    private static partial Regex Id();

    [GeneratedRegex("<a ")]
    private static partial Regex Link();
}
