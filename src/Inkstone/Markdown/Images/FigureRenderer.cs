using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Inkstone.Markdown.Images;

internal sealed class FigureRenderer : HtmlObjectRenderer<FigureBlock>
{
    protected override void Write(HtmlRenderer renderer, FigureBlock figure)
    {
        renderer.EnsureLine();
        renderer.Write("<figure class=\"figure\">");
        foreach (var child in figure)
        {
            if (child is ParagraphBlock paragraph)
            {
                renderer.WriteLeafInline(paragraph);
            }
            else
            {
                renderer.Write(child);
            }
        }

        renderer.Write($"<figcaption>{WebUtility.HtmlEncode(figure.Caption)}</figcaption>");
        renderer.WriteLine("</figure>");
    }
}
