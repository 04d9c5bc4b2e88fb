using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Inkstone.Markdown.Sidenotes;

/// <summary>
/// Footnotes as sidenotes (<see cref="SidenoteLinkRenderer"/>) and marginal notes, <c>{-&gt; text}</c> (<see cref="MarginNoteParser"/>).
/// Comes after <c>UseFootnotes()</c>, whose renderers it wraps.
/// </summary>
internal sealed class SidenoteExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<MarginNoteParser>())
        {
            pipeline.InlineParsers.Add(new MarginNoteParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        if (!html.ObjectRenderers.Contains<MarginNoteRenderer>())
        {
            html.ObjectRenderers.Insert(0, new MarginNoteRenderer());
        }

        var link = html.ObjectRenderers.Find<HtmlFootnoteLinkRenderer>();
        var group = html.ObjectRenderers.Find<HtmlFootnoteGroupRenderer>();
        if (link is null || group is null)
        {
            return;
        }

        // One set per renderer, and a renderer renders one post at a time.
        var beside = new HashSet<Footnote>();
        html.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new SidenoteLinkRenderer(link, beside));
        html.ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new SidenoteGroupRenderer(beside));
    }
}
