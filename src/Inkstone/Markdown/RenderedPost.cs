using Inkstone.Content;
using Inkstone.Excerpts;
using Inkstone.Markdown.Headings;

namespace Inkstone.Markdown;

/// <summary>A post after its Markdown has been rendered: its HTML and everything measured from it.</summary>
internal sealed record RenderedPost(
    Post Post,
    string ContentHtml,
    Excerpt Excerpt,
    IReadOnlyList<Heading> Headings,
    WordCount Words,
    IReadOnlyList<TextPiece> Text,
    IReadOnlyList<AnchorReference> Anchors);
