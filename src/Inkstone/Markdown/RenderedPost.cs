using Inkstone.Content;
using Inkstone.Excerpts;
using Inkstone.Markdown.Headings;

namespace Inkstone.Markdown;

/// <summary>
/// A post after its Markdown has been rendered: its HTML and everything measured from it. A class, not
/// a record: a rendering is an identity (lists, taxonomies and pages ask "is this the post?"), and value
/// equality would compare whole HTML strings on every such question.
/// </summary>
internal sealed class RenderedPost(
    Post post,
    string contentHtml,
    Excerpt excerpt,
    IReadOnlyList<Heading> headings,
    WordCount words,
    IReadOnlyList<TextPiece> text,
    IReadOnlyList<AnchorReference> anchors,
    IReadOnlyList<Inkstone.Images.ImageUse>? images = null)
{
    public Post Post { get; } = post;

    public string ContentHtml { get; } = contentHtml;

    public Excerpt Excerpt { get; } = excerpt;

    public IReadOnlyList<Heading> Headings { get; } = headings;

    public WordCount Words { get; } = words;

    public IReadOnlyList<TextPiece> Text { get; } = text;

    public IReadOnlyList<AnchorReference> Anchors { get; } = anchors;

    /// <summary>The images the post shows that the image stage publishes (resized, or an SVG sanitized).</summary>
    public IReadOnlyList<Inkstone.Images.ImageUse> Images { get; } = images ?? [];
}
