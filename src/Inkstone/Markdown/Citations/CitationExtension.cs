using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Inkstone.Markdown.Citations;

/// <summary>Enables pandoc's citations (<see cref="CitationInlineParser"/>, on only where a post has a bibliography) and their renderers.</summary>
internal sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationInlineParser>())
        {
            // Before links, so "[@key]" is a citation; the parser leaves "[text](url)" and "[@key](url)" to links.
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CitationRenderer>())
        {
            html.ObjectRenderers.Insert(0, new CitationRenderer());
            html.ObjectRenderers.Insert(0, new ReferenceListRenderer());
        }
    }
}
