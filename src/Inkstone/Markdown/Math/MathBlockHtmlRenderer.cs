using System.Net;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.Math;

/// <summary>Writes a display formula in a block that scrolls sideways rather than widening the page.</summary>
internal sealed class MathBlockHtmlRenderer : HtmlObjectRenderer<MathBlock>
{
    protected override void Write(HtmlRenderer renderer, MathBlock math)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"math-display\">");
        if (math.GetData(typeof(RenderedMath)) is RenderedMath rendered)
        {
            renderer.Write(rendered.Html);
        }
        else
        {
            renderer.Write(WebUtility.HtmlEncode(math.Lines.ToString()));
        }

        renderer.WriteLine("</div>");
    }
}
