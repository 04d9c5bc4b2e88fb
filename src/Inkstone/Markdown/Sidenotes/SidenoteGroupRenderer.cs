using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.Sidenotes;

/// <summary>
/// The list of footnotes as Markdig writes it, each footnote also shown beside the text marked <c>footnote--beside</c>, so
/// the theme can leave it to screen readers on wide screens, where its sidenote shows instead.
/// </summary>
internal sealed class SidenoteGroupRenderer(HashSet<Footnote> beside) : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"footnotes\">");
        renderer.WriteLine("<hr />");
        renderer.WriteLine("<ol>");
        foreach (var footnote in group.OfType<Footnote>())
        {
            var order = footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture);
            renderer.WriteLine(beside.Contains(footnote) ? $"<li id=\"fn:{order}\" class=\"footnote--beside\">" : $"<li id=\"fn:{order}\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>");
        renderer.WriteLine("</div>");
    }
}
