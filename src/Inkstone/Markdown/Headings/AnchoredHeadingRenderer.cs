using System.Globalization;
using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Inkstone.Markdown.Headings;

/// <summary>Renders a heading with a small link to itself, so a reader can copy the address of a section.</summary>
internal sealed class AnchoredHeadingRenderer(string label) : HtmlObjectRenderer<HeadingBlock>
{
    /// <summary>The accessible name of the self-link, in the site's language.</summary>
    public string Label => label;

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var level = heading.Level.ToString(CultureInfo.InvariantCulture);
        renderer.EnsureLine();
        renderer.Write("<h").Write(level).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        var id = heading.TryGetAttributes()?.Id;
        if (id is not null)
        {
            renderer.Write($" <a class=\"heading-anchor\" href=\"#{WebUtility.HtmlEncode(id)}\" aria-label=\"{WebUtility.HtmlEncode(label)}\">#</a>");
        }

        renderer.Write("</h").Write(level).WriteLine(">");
    }
}
