using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;

namespace Inkstone.Markdown.Math;

/// <summary>
/// Replaces Markdig's inline math parser with <see cref="TexInlineParser"/>, first in line so that
/// emphasis, escapes and table pipes never see a formula, and Markdig's math renderers with ones that
/// write the compiled MathML. Must be added after <c>UseMathematics()</c>. Bare display environments are read as
/// blocks (<see cref="TexEnvironmentParser"/>); with kramdown's rules (<see cref="KramdownMath"/>) <c>$$</c> in running
/// text is inline math.
/// </summary>
internal sealed class TexDelimiterExtension(bool brackets, bool kramdown, bool codeDelimiters = false) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<TexEnvironmentParser>())
        {
            pipeline.BlockParsers.Insert(0, new TexEnvironmentParser());
            if (kramdown)
            {
                pipeline.DocumentProcessed += KramdownMath.Apply;
            }

            if (codeDelimiters)
            {
                pipeline.DocumentProcessed += CodeMath.Apply;
            }
        }

        pipeline.InlineParsers.RemoveAll(p => p is MathInlineParser);
        if (!pipeline.InlineParsers.Contains<TexInlineParser>())
        {
            pipeline.InlineParsers.Insert(0, new TexInlineParser(brackets));
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<MathInlineHtmlRenderer>())
        {
            html.ObjectRenderers.RemoveAll(r => r is HtmlMathInlineRenderer or HtmlMathBlockRenderer);
            html.ObjectRenderers.Insert(0, new MathInlineHtmlRenderer());
            html.ObjectRenderers.Insert(0, new MathBlockHtmlRenderer());
            html.ObjectRenderers.Insert(0, new MathNoBreakHtmlRenderer());
        }
    }
}
