using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.Citations;

/// <summary>Writes a citation as <see cref="CitationResolver"/> formatted it, or as written when it was not resolved.</summary>
internal sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation) =>
        renderer.Write(citation.Html ?? WebUtility.HtmlEncode(citation.Written));
}
