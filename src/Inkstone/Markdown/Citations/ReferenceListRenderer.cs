using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.Citations;

/// <summary>Writes the reference list <see cref="CitationResolver"/> made.</summary>
internal sealed class ReferenceListRenderer : HtmlObjectRenderer<ReferenceListBlock>
{
    protected override void Write(HtmlRenderer renderer, ReferenceListBlock block)
    {
        renderer.EnsureLine();
        renderer.WriteLine(block.Html);
    }
}
