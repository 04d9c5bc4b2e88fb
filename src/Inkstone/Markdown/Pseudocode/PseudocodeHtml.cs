using System.Net;
using System.Text;
using Inkstone.Markdown.Math;

namespace Inkstone.Markdown.Pseudocode;

/// <summary>Writes a line's pieces as HTML: keywords in <c>b</c>, names in small capitals, formulas as the post's math compiled them.</summary>
internal static class PseudocodeHtml
{
    public static string Of(IReadOnlyList<PseudoInline> pieces)
    {
        var html = new StringBuilder();
        Write(pieces, html);
        return html.ToString();
    }

    private static void Write(IReadOnlyList<PseudoInline> pieces, StringBuilder html)
    {
        foreach (var piece in pieces)
        {
            switch (piece)
            {
                case PseudoWords words:
                    html.Append(WebUtility.HtmlEncode(words.Text));
                    break;
                case PseudoKeyword keyword:
                    html.Append("<b>").Append(WebUtility.HtmlEncode(keyword.Word)).Append("</b>");
                    break;
                case PseudoFormula formula:
                    html.Append(formula.Formula.GetData(typeof(RenderedMath)) is RenderedMath math ? math.Html : WebUtility.HtmlEncode(formula.Formula.Content.ToString()));
                    break;
                case PseudoCall call:
                    html.Append("<span class=\"pseudocode__name\">");
                    Write(call.Name, html);
                    html.Append("</span>(");
                    Write(call.Arguments, html);
                    html.Append(')');
                    break;
                case PseudoStyled styled:
                    var (open, close) = styled.Style switch
                    {
                        PseudoStyle.Bold => ("<b>", "</b>"),
                        PseudoStyle.Italic => ("<i>", "</i>"),
                        PseudoStyle.Monospace => ("<code>", "</code>"),
                        PseudoStyle.SmallCaps => ("<span class=\"pseudocode__name\">", "</span>"),
                        _ => ("", ""),
                    };
                    html.Append(open);
                    Write(styled.Content, html);
                    html.Append(close);
                    break;
            }
        }
    }
}
