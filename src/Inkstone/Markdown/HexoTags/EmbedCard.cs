using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// A card in place of an embedded frame (a video, a gist, another page): a link with what it is and the name of the
/// site it is on. Nothing is loaded from that site until the reader follows the link, so a page stays fast, private
/// and readable without a script.
/// </summary>
internal static class EmbedCard
{
    public static string Write(string url, EmbedKind kind, bool english, string? title = null)
    {
        var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : "";
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        var words = title ?? (kind, english) switch
        {
            (EmbedKind.Video, true) => "Watch the video",
            (EmbedKind.Video, false) => "观看视频",
            (EmbedKind.Code, true) => "See the code",
            (EmbedKind.Code, false) => "查看代码",
            (EmbedKind.Document, true) => "Read the document",
            (EmbedKind.Document, false) => "阅读文档",
            (_, true) => "Open the page",
            _ => "打开网页",
        };
        var modifier = kind.ToString().ToLowerInvariant();
        return $"<a class=\"embed-card embed-card--{modifier}\" href=\"{MarkdownWriter.Attribute(url)}\"><span class=\"embed-card__title\">{MarkdownWriter.Html(words)}</span> <span class=\"embed-card__host\">{MarkdownWriter.Html(host)}</span></a>";
    }
}
