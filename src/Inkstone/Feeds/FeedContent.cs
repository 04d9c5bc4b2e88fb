using System.Net;
using Inkstone.Markdown;

namespace Inkstone.Feeds;

/// <summary>
/// What a feed entry carries as its content: the whole post, unless the post is larger than any feed reader
/// shows (a pasted data table of megabytes), when the entry carries its excerpt and a link to the page. Three
/// feeds each escaping megabytes of HTML once held more memory than the rest of the build. Sidenotes and citation
/// previews are left out (<see cref="VisualCopies"/>): without the theme's CSS a reader would show them twice.
/// </summary>
internal static class FeedContent
{
    /// <summary>In characters of HTML; a long post with many formulas is a few hundred thousand.</summary>
    public const int MaxLength = 1 << 20;

    public static string Html(RenderedPost rendered, string absoluteUrl) =>
        rendered.ContentHtml.Length <= MaxLength
            ? VisualCopies.Remove(rendered.ContentHtml)
            : $"{rendered.Excerpt.Html}<p><a href=\"{WebUtility.HtmlEncode(absoluteUrl)}\">{WebUtility.HtmlEncode(absoluteUrl)}</a></p>";
}
