using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// Renders a quotation as a <c>&lt;blockquote&gt;</c> with its source in a <c>&lt;footer&gt;</c>: "— author, <c>&lt;cite&gt;</c>work<c>&lt;/cite&gt;</c>",
/// which reads right without a stylesheet.
/// </summary>
internal sealed class QuotationRenderer : HtmlObjectRenderer<QuotationBlock>
{
    protected override void Write(HtmlRenderer renderer, QuotationBlock quotation)
    {
        renderer.EnsureLine();
        renderer.Write(quotation.Modifiers.Count == 0
            ? "<blockquote>"
            : $"<blockquote class=\"quotation{string.Concat(quotation.Modifiers.Select(m => " quotation--" + WebUtility.HtmlEncode(m)))}\">");
        renderer.WriteChildren(quotation);
        var work = quotation.Source is { } source
            ? $"<a href=\"{WebUtility.HtmlEncode(source)}\">{WebUtility.HtmlEncode(quotation.Title ?? Shorten(source))}</a>"
            : quotation.Title is { } title ? WebUtility.HtmlEncode(title) : null;
        if (quotation.Author is not null || work is not null)
        {
            renderer.Write("<footer class=\"quotation__source\">— ");
            if (quotation.Author is { } author)
            {
                renderer.Write($"<span class=\"quotation__author\">{WebUtility.HtmlEncode(author)}</span>");
            }

            if (work is not null)
            {
                renderer.Write(quotation.Author is null ? "" : ", ").Write($"<cite>{work}</cite>");
            }

            renderer.Write("</footer>");
        }

        renderer.WriteLine("</blockquote>");
    }

    /// <summary>An address as Hexo shows a source without a title: without its scheme and a trailing slash or index page.</summary>
    private static string Shorten(string url)
    {
        var shown = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        foreach (var end in new[] { "/index.html", "/index.htm", "/" })
        {
            if (shown.EndsWith(end, StringComparison.Ordinal))
            {
                return shown[..^end.Length];
            }
        }

        return shown;
    }
}
