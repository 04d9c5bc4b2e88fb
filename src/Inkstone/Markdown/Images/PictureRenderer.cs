using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.Images;

/// <summary>
/// Writes a processed image as <c>&lt;picture&gt;</c>: a <c>&lt;source&gt;</c> per modern format, then the
/// <c>&lt;img&gt;</c> as the renderer it wraps writes it (the fallback format, with its own <c>srcset</c>). Any other
/// link or image goes to that renderer unchanged.
/// </summary>
internal sealed class PictureRenderer(IMarkdownObjectRenderer inner) : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!link.IsImage || !renderer.EnableHtmlForInline || link.GetData(typeof(Picture)) is not Picture { Sources.Count: > 0 } picture)
        {
            inner.Write(renderer, link);
            return;
        }

        renderer.Write("<picture>");
        foreach (var source in picture.Sources)
        {
            renderer.Write("<source type=\"").WriteEscape(source.Type).Write("\" srcset=\"").WriteEscape(source.Srcset)
                .Write("\" sizes=\"").WriteEscape(picture.Sizes).Write("\" />");
        }

        inner.Write(renderer, link);
        renderer.Write("</picture>");
    }
}
