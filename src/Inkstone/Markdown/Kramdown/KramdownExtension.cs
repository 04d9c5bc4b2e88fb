using Inkstone.Markdown.Attributes;
using Markdig;
using Markdig.Renderers;

namespace Inkstone.Markdown.Kramdown;

/// <summary>kramdown's syntax for a site from Jekyll: attribute lists and ALDs, <c>{:toc}</c>, extensions, table footers.</summary>
internal sealed class KramdownExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<ExtensionBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new ExtensionBlockParser());
            pipeline.BlockParsers.Insert(0, new AttributeBlockParser());
            pipeline.BlockParsers.Insert(0, new RawHtml.MarkdownHtmlParser());
            pipeline.InlineParsers.Add(new SpanExtensionParser());
            pipeline.InlineParsers.Add(new AttributeSpanParser(kramdown: true));
        }

        pipeline.DocumentProcessed += TableFooters.Apply;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<TocRenderer>())
        {
            html.ObjectRenderers.Insert(0, new TocRenderer());
            html.ObjectRenderers.Insert(0, new ExtensionRenderer());
            html.ObjectRenderers.Insert(0, new TableFooterRenderer());
            html.ObjectRenderers.Insert(0, new RawHtml.MarkdownHtmlRenderer());
        }
    }
}
