using System.Net;
using System.Text;

namespace Inkstone.Content.Notebooks;

/// <summary>
/// Keeps of an HTML output (a pandas DataFrame, a styled table) only an allow-list of elements and attributes, and
/// writes every kept tag anew, so the page reads exactly what was checked: no script, no event handler, no
/// <c>style</c>, nothing that loads from another host, and every element it opens closed again, so an output
/// cannot close or restyle the page around it. Elements it does not know lose their tags and keep their text;
/// those that run or embed something are dropped with their content.
/// </summary>
internal static class HtmlSanitizer
{
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col", "div", "span", "p", "br", "hr",
        "b", "i", "em", "strong", "u", "s", "sub", "sup", "small", "code", "pre", "kbd", "samp", "var", "blockquote", "q",
        "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "abbr", "mark", "del", "ins",
        "details", "summary", "figure", "figcaption", "section", "article", "header", "footer", "wbr",
    };

    /// <summary>Elements dropped with everything in them; those that run or load something make the output unsafe.</summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template", "form", "input",
        "button", "select", "textarea", "link", "meta", "base", "audio", "video", "source", "track", "canvas", "svg", "math", "title",
    };

    private static readonly HashSet<string> Harmless = new(StringComparer.Ordinal) { "style", "title", "meta", "noscript" };

    /// <summary>Attributes that only describe: no address, no script, no style, no id that could clash with the page's.</summary>
    private static readonly HashSet<string> Described = new(StringComparer.Ordinal)
    {
        "title", "lang", "dir", "colspan", "rowspan", "scope", "headers", "abbr", "align", "valign", "width", "height", "alt", "start",
        "reversed", "datetime", "open",
    };

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal) { "br", "hr", "img", "col", "wbr" };

    public static SanitizedMarkup Sanitize(string html, int limit)
    {
        var output = new StringBuilder(html.Length);
        var open = new List<string>();
        var text = 0;
        var unsafeFound = false;
        var cut = false;
        var i = 0;
        while (i < html.Length)
        {
            if (text > limit)
            {
                cut = true;
                break;
            }

            var lt = html.IndexOf('<', i);
            var end = lt < 0 ? html.Length : lt;
            if (end > i)
            {
                var run = html[i..end];
                output.Append(run.Replace(">", "&gt;", StringComparison.Ordinal));
                text += run.Length;
                i = end;
                continue;
            }

            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            if (i + 1 < html.Length && html[i + 1] is '!' or '?')
            {
                var close = html.IndexOf('>', i);
                i = close < 0 ? html.Length : close + 1;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                output.Append("&lt;");
                text++;
                i++;
                continue;
            }

            var tag = ReadTag(html, nameStart, out var next);
            i = next;
            if (closing)
            {
                var at = open.LastIndexOf(tag.Name);
                if (at >= 0)
                {
                    for (var k = open.Count - 1; k >= at; k--)
                    {
                        output.Append("</").Append(open[k]).Append('>');
                    }

                    open.RemoveRange(at, open.Count - at);
                }

                continue;
            }

            if (Dropped.Contains(tag.Name))
            {
                unsafeFound |= !Harmless.Contains(tag.Name);
                if (!tag.SelfClosing && !Void.Contains(tag.Name))
                {
                    i = SkipContent(html, i, tag.Name);
                }

                continue;
            }

            if (!Kept.Contains(tag.Name))
            {
                continue;
            }

            output.Append('<').Append(tag.Name);
            foreach (var (name, value) in tag.Attributes)
            {
                if (Allows(tag.Name, name, value))
                {
                    output.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
                }
                else if (name.StartsWith("on", StringComparison.Ordinal) || name is "src" or "href" or "srcset" or "formaction" or "xlink:href")
                {
                    unsafeFound = true;
                }
            }

            output.Append('>');
            if (!Void.Contains(tag.Name))
            {
                open.Add(tag.Name);
            }
        }

        for (var k = open.Count - 1; k >= 0; k--)
        {
            output.Append("</").Append(open[k]).Append('>');
        }

        return new SanitizedMarkup(output.ToString(), unsafeFound, cut);
    }

    private static bool Allows(string element, string name, string value)
    {
        if (name == "class")
        {
            return true;
        }

        if (name == "href")
        {
            return element == "a" && (value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || value.StartsWith('#'));
        }

        if (name == "src")
        {
            // An image held in the output itself loads nothing; one from an address would load from another host.
            return element == "img" && IsInlineImage(value);
        }

        return Described.Contains(name);
    }

    private static bool IsInlineImage(string value) =>
        value.StartsWith("data:image/png;base64,", StringComparison.OrdinalIgnoreCase) || value.StartsWith("data:image/jpeg;base64,", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("data:image/gif;base64,", StringComparison.OrdinalIgnoreCase) || value.StartsWith("data:image/webp;base64,", StringComparison.OrdinalIgnoreCase);

    /// <summary>The offset just past the end tag of <paramref name="name"/> (or the end of the text).</summary>
    private static int SkipContent(string html, int from, string name)
    {
        var at = from;
        while (true)
        {
            var close = html.IndexOf("</", at, StringComparison.Ordinal);
            if (close < 0)
            {
                return html.Length;
            }

            if (string.Compare(html, close + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (close + 2 + name.Length >= html.Length || !char.IsAsciiLetterOrDigit(html[close + 2 + name.Length])))
            {
                var gt = html.IndexOf('>', close);
                return gt < 0 ? html.Length : gt + 1;
            }

            at = close + 2;
        }
    }

    private static HtmlTag ReadTag(string html, int start, out int next)
    {
        var i = start;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('>' or '/'))
        {
            i++;
        }

        var name = html[start..i].ToLowerInvariant();
        var attributes = new List<KeyValuePair<string, string>>();
        var selfClosing = false;
        while (i < html.Length)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
            {
                selfClosing = html[i] == '/';
                i++;
            }

            if (i >= html.Length || html[i] == '>')
            {
                i++;
                break;
            }

            selfClosing = false;
            var attrStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('>' or '=' or '/'))
            {
                i++;
            }

            var attribute = html[attrStart..i].ToLowerInvariant();
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && char.IsWhiteSpace(html[i]))
                {
                    i++;
                }

                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var close = html.IndexOf(quote, i + 1);
                    close = close < 0 ? html.Length : close;
                    value = html[(i + 1)..close];
                    i = System.Math.Min(close + 1, html.Length);
                }
                else
                {
                    var valueStart = i;
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                    {
                        i++;
                    }

                    value = html[valueStart..i];
                }
            }

            if (attribute.Length > 0)
            {
                attributes.Add(new(attribute, WebUtility.HtmlDecode(value)));
            }
        }

        next = System.Math.Min(i, html.Length);
        return new HtmlTag(name, attributes, selfClosing);
    }

    private sealed record HtmlTag(string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes, bool SelfClosing);
}
