using System.Buffers;
using System.Text;

namespace Inkstone.Highlighting;

/// <summary>HTML escaping shared by the HTML sinks.</summary>
internal static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("<>&\"");

    public static void AppendEscaped(StringBuilder html, ReadOnlySpan<char> text)
    {
        while (true)
        {
            var i = text.IndexOfAny(Special);
            if (i < 0)
            {
                html.Append(text);
                return;
            }

            html.Append(text[..i]);
            html.Append(text[i] switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                _ => "&quot;",
            });
            text = text[(i + 1)..];
        }
    }

    public static void AppendToken(StringBuilder html, TokenKind kind, ReadOnlySpan<char> text)
    {
        var cssClass = TokenClasses.Of(kind);
        if (cssClass is null)
        {
            AppendEscaped(html, text);
            return;
        }

        html.Append("<span class=\"").Append(cssClass).Append("\">");
        AppendEscaped(html, text);
        html.Append("</span>");
    }
}
