using System.Buffers;
using System.Text;

namespace Inkstone.Highlighting;

/// <summary>HTML escaping shared by the HTML sinks.</summary>
internal static class HtmlText
{
    // Control characters other than tab cannot stand in a feed's XML and mean nothing on a page: each is shown as
    // its Unicode control picture (U+241B for an escape), so nothing pasted from a terminal breaks a page or a feed.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "<>&\"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

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
            switch (text[i])
            {
                case '<':
                    html.Append("&lt;");
                    break;
                case '>':
                    html.Append("&gt;");
                    break;
                case '&':
                    html.Append("&amp;");
                    break;
                case '"':
                    html.Append("&quot;");
                    break;
                case '\u007F':
                    html.Append('\u2421');
                    break;
                default:
                    html.Append((char)(0x2400 + text[i]));
                    break;
            }

            text = text[(i + 1)..];
        }
    }

    public static void AppendToken(StringBuilder html, TokenKind kind, ReadOnlySpan<char> text)
    {
        if (kind == TokenKind.Hidden)
        {
            return;
        }

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
