using System.Net;
using System.Text;

namespace Inkstone.Markdown.Liquid;

/// <summary>Markdown and inline HTML that tags write, with the text in them escaped so that it reads as written.</summary>
internal static class MarkdownWriter
{
    private const string Punctuation = "\\`*_[]<>#!|~$";

    /// <summary><c>[text](&lt;url&gt; "title")</c>.</summary>
    public static string Link(string text, string url, string? title = null, bool escapeText = true) =>
        $"[{(escapeText ? Text(text) : text)}]({Destination(url)}{Title(title)})";

    /// <summary><c>![alt](&lt;url&gt; "title")</c>: a title makes it a figure with that caption.</summary>
    public static string Image(string alt, string url, string? title = null) => $"![{Text(alt)}]({Destination(url)}{Title(title)})";

    /// <summary>Text that Markdown shows as it is: its punctuation escaped.</summary>
    public static string Text(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (Punctuation.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>Text inside inline HTML, which Markdown still reads: HTML-escaped, and its Markdown punctuation as character references.</summary>
    public static string Html(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in WebUtility.HtmlEncode(text.ReplaceLineEndings(" ")))
        {
            if (c != '&' && c != ';' && c != '#' && Punctuation.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append("&#").Append((int)c).Append(';');
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    public static string Attribute(string value) => WebUtility.HtmlEncode(value);

    /// <summary>Whether an address a tag writes into HTML is one to follow, not a script (<c>javascript:</c>) or inline data.</summary>
    public static bool IsSafeUrl(string url)
    {
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (slash >= 0 && slash < colon) || url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }

    private static string Destination(string url) => "<" + url.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal) + ">";

    private static string Title(string? title) =>
        string.IsNullOrEmpty(title) ? "" : " \"" + title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
