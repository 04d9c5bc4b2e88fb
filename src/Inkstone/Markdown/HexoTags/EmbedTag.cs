using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// Tags that embed another site's frame, as a card that loads nothing until clicked (<see cref="EmbedCard"/>): Hexo's
/// <c>{% iframe url [width] [height] %}</c>, <c>{% youtube id %}</c>, <c>{% vimeo id %}</c>, <c>{% bilibili id %}</c>,
/// <c>{% gist user/id %}</c>, and NexT's <c>{% video url %}</c> and <c>{% pdf url %}</c>. A video or PDF of the site
/// itself is a link to it.
/// </summary>
internal sealed class EmbedTag(string name) : ITagHandler
{
    public TagShape Shape => TagShape.Inline;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        var arguments = HexoArguments.Split(tag.Arguments);
        var (url, kind) = Target(arguments.FirstOrDefault() ?? "", arguments.Skip(1).FirstOrDefault());
        if (url.Length == 0 || !MarkdownWriter.IsSafeUrl(url))
        {
            run.Warning(Diagnostics.DiagnosticIds.UnknownTag, tag.Location, $"'{tag.Written}' names nothing to show, so it is left out.", "Give the address (or the video's id) after the tag's name.");
            return "";
        }

        // A file of the site itself (a video, a PDF) loads from nowhere else: a plain link to it.
        return url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            ? MarkdownWriter.Link(Path.GetFileName(url), run.BasePath + url.TrimStart('/'))
            : EmbedCard.Write(url, kind, run.English);
    }

    /// <summary>The address the tag would have framed, and what is there.</summary>
    private (string Url, EmbedKind Kind) Target(string first, string? second)
    {
        var absolute = first.Contains("://", StringComparison.Ordinal);
        var id = Uri.EscapeDataString(first);
        return name switch
        {
            "youtube" when absolute => (first, EmbedKind.Video),
            "youtube" when second == "playlist" => ("https://www.youtube.com/playlist?list=" + id, EmbedKind.Video),
            "youtube" => ("https://www.youtube.com/watch?v=" + id, EmbedKind.Video),
            "vimeo" => (absolute ? first : "https://vimeo.com/" + id, EmbedKind.Video),
            "bilibili" => (absolute ? first : "https://www.bilibili.com/video/" + (first.All(char.IsAsciiDigit) ? "av" : "") + id, EmbedKind.Video),
            "gist" => (absolute ? first : "https://gist.github.com/" + first, EmbedKind.Code),
            "video" => (first, EmbedKind.Video),
            "pdf" => (first, EmbedKind.Document),
            _ => (first, EmbedKind.Page),
        };
    }
}
