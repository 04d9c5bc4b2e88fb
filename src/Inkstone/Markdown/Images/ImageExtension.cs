using Markdig;
using Markdig.Renderers;

namespace Inkstone.Markdown.Images;

/// <summary>Titled images become figures with captions; processed images become pictures.</summary>
internal sealed class ImageExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= FigureTransformer.Apply;
        pipeline.DocumentProcessed += FigureTransformer.Apply;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<FigureRenderer>())
        {
            html.ObjectRenderers.Insert(0, new FigureRenderer());
        }

        if (renderer is HtmlRenderer withPictures && !withPictures.ObjectRenderers.Contains<PictureRenderer>()
            && withPictures.ObjectRenderers.FindExact<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>() is { } links)
        {
            withPictures.ObjectRenderers.Insert(0, new PictureRenderer(links));
        }
    }
}
