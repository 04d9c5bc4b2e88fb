using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.Kramdown;

/// <summary>Writes a table of contents in the page with the classes of the theme's own (<c>toc__item--hN</c>), so it looks the same.</summary>
internal sealed class TocRenderer : HtmlObjectRenderer<TocBlock>
{
    protected override void Write(HtmlRenderer renderer, TocBlock toc)
    {
        var list = toc.Numbered ? "ol" : "ul";
        renderer.EnsureLine();
        renderer.Write($"<nav class=\"toc toc--inline\"><{list}>");
        foreach (var heading in toc.Headings)
        {
            renderer.Write($"<li class=\"toc__item toc__item--h{heading.Level}\"><a href=\"#{WebUtility.HtmlEncode(heading.Id)}\">{WebUtility.HtmlEncode(heading.Text)}</a></li>");
        }

        renderer.WriteLine($"</{list}></nav>");
    }
}
