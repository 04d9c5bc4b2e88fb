using Inkstone.Content;
using Inkstone.Diagnostics;
using Inkstone.Excerpts;
using Inkstone.Markdown;
using Inkstone.Markdown.Headings;

namespace Inkstone.Caching;

/// <summary>
/// What rendering one post produced, as the build cache keeps it: the rendering itself, the diagnostics
/// it reported (replayed on a hit, so a cached post reports the same problems at the same places), and
/// the facts from outside the post it depended on.
/// </summary>
internal sealed record CachedRendering(
    string Html,
    Excerpt Excerpt,
    IReadOnlyList<Heading> Headings,
    WordCount Words,
    IReadOnlyList<TextPiece> Text,
    IReadOnlyList<AnchorReference> Anchors,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<RenderDependency> Dependencies)
{
    public static CachedRendering Of(RenderedPost rendered, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<RenderDependency> dependencies) =>
        new(rendered.ContentHtml, rendered.Excerpt, rendered.Headings, rendered.Words, rendered.Text, rendered.Anchors, diagnostics, dependencies);

    public RenderedPost ToRenderedPost(Post post) => new(post, Html, Excerpt, Headings, Words, Text, Anchors);
}
