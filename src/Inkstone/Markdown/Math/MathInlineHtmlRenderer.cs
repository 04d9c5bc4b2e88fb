using System.Net;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.Math;

/// <summary>Writes an inline formula's compiled MathML; an uncompiled one (no compiler ran) shows its escaped source.</summary>
internal sealed class MathInlineHtmlRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline math)
    {
        if (math.GetData(typeof(RenderedMath)) is RenderedMath rendered)
        {
            renderer.Write(rendered.Display ? $"<span class=\"math-display math-display--inline\">{rendered.Html}</span>" : rendered.Html);
            return;
        }

        renderer.Write("<span class=\"math\">").Write(WebUtility.HtmlEncode(math.Content.ToString())).Write("</span>");
    }
}
