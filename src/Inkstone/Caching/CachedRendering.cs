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
    IReadOnlyList<RenderDependency> Dependencies,
    IReadOnlyList<Images.ImageUse> Images)
{
    public static CachedRendering Of(RenderedPost rendered, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<RenderDependency> dependencies) =>
        new(rendered.ContentHtml, rendered.Excerpt, rendered.Headings, rendered.Words, rendered.Text, rendered.Anchors, diagnostics, dependencies, rendered.Images);

    // The last post this rendering was given, and what it made of it. A live site keeps its renderings between
    // builds; handing an unchanged post the same RenderedPost keeps what later stages know of it by identity (its
    // page's view model and that model's digest) valid from one build to the next.
    private RenderedPost? _last;

    /// <summary>The rendering of <paramref name="post"/>: the one made last time when the post is equal to that one's.</summary>
    public RenderedPost ToRenderedPost(Post post)
    {
        if (Volatile.Read(ref _last) is { } last && last.Post.Equals(post))
        {
            return last;
        }

        var rendered = new RenderedPost(post, Html, Excerpt, Headings, Words, Text, Anchors, Images);
        Volatile.Write(ref _last, rendered);
        return rendered;
    }
}
