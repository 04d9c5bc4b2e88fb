using Inkstone.Configuration;
using Inkstone.Markdown.Attributes;
using Inkstone.Markdown.RawHtml;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Inkstone.Markdown.PythonMarkdown;

/// <summary>
/// The syntax of the Python-Markdown and pymdownx extensions a site turned on: admonitions and details, tabs,
/// <c>attr_list</c>, <c>md_in_html</c>, keys and <c>^^insert^^</c>. Snippets and meta data are read before parsing.
/// </summary>
internal sealed class PythonMarkdownExtension(MarkdownSettings settings) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Contains<AdmonitionParser>())
        {
            return;
        }

        var admonitions = settings.Has(PythonMarkdownExtensions.Admonition);
        var details = settings.Has(PythonMarkdownExtensions.Details);
        if (admonitions || details)
        {
            pipeline.BlockParsers.Insert(0, new AdmonitionParser(admonitions, details));
        }

        if (settings.Has(PythonMarkdownExtensions.Tabbed))
        {
            pipeline.BlockParsers.Insert(0, new TabbedParser());
            pipeline.DocumentProcessed += TabbedTransformer.Apply;
        }

        if (settings.Has(PythonMarkdownExtensions.MdInHtml))
        {
            pipeline.BlockParsers.Insert(0, new MarkdownHtmlParser());
        }

        if (settings.Has(PythonMarkdownExtensions.AttrList))
        {
            pipeline.InlineParsers.Add(new AttributeSpanParser(kramdown: false));
        }

        if (settings.Has(PythonMarkdownExtensions.Keys))
        {
            pipeline.InlineParsers.Insert(0, new KeysParser());
        }

        // pymdownx.caret: ^^text^^ is an insertion, ^text^ stays a superscript.
        if (settings.Has(PythonMarkdownExtensions.Caret) && pipeline.InlineParsers.Find<EmphasisInlineParser>() is { } emphasis)
        {
            var index = emphasis.EmphasisDescriptors.FindIndex(d => d.Character == '^');
            if (index >= 0)
            {
                emphasis.EmphasisDescriptors[index] = new EmphasisDescriptor('^', 1, 2, true);
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html || html.ObjectRenderers.Contains<KeysRenderer>())
        {
            return;
        }

        html.ObjectRenderers.Insert(0, new KeysRenderer());
        html.ObjectRenderers.Insert(0, new MarkdownHtmlRenderer());
        if (settings.Has(PythonMarkdownExtensions.Caret) && html.ObjectRenderers.Find<EmphasisInlineRenderer>() is { } emphasis)
        {
            var tag = emphasis.GetTag;
            emphasis.GetTag = inline => inline.DelimiterChar == '^' && inline.DelimiterCount == 2 ? "ins" : tag(inline);
        }
    }
}
