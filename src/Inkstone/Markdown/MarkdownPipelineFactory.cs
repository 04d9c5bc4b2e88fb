using Inkstone.Configuration;
using Inkstone.Markdown.Callouts;
using Inkstone.Markdown.CodeBlocks;
using Inkstone.Markdown.Headings;
using Inkstone.Markdown.Images;
using Inkstone.Markdown.Math;
using Inkstone.Markdown.RawHtml;
using Inkstone.Markdown.TaskLists;
using Markdig;
using Markdig.Extensions.EmphasisExtras;

namespace Inkstone.Markdown;

/// <summary>
/// Builds the one Markdig pipeline a site uses. A pipeline is immutable and thread-safe, so the
/// build creates it once and parses every post with it in parallel.
/// </summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create(bool brackets = true, bool english = false, MarkdownSettings? markdown = null, bool codeMath = false)
    {
        var dialect = markdown?.Dialect ?? MarkdownDialect.Inkstone;
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseMathematics()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseDefinitionLists()
            .UseAbbreviations()
            .UseAutoLinks()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough | EmphasisExtraOptions.Marked | EmphasisExtraOptions.Superscript | EmphasisExtraOptions.Subscript)
            .UseFigures()
            .UseListExtras()
            .UseCustomContainers();
        builder.Extensions.AddIfNotAlready<Links.BoundedAutoLinkExtension>();
        builder.Extensions.AddIfNotAlready(new CalloutExtension(english));
        builder.Extensions.AddIfNotAlready<ImageExtension>();
        builder.Extensions.AddIfNotAlready<CodeBlockExtension>();
        builder.Extensions.AddIfNotAlready<Pseudocode.PseudocodeExtension>();
        builder.Extensions.AddIfNotAlready(new HeadingExtension(english));
        builder.Extensions.AddIfNotAlready(new LabelledTaskListExtension(english));
        builder.Extensions.AddIfNotAlready<Tabs.TabsExtension>();
        builder.Extensions.AddIfNotAlready<HexoTags.HexoTagsExtension>();
        builder.Extensions.AddIfNotAlready<Citations.CitationExtension>();
        builder.Extensions.AddIfNotAlready<Sidenotes.SidenoteExtension>();
        if (dialect == MarkdownDialect.Kramdown)
        {
            builder.Extensions.AddIfNotAlready<Kramdown.KramdownExtension>();
        }
        else if (dialect == MarkdownDialect.PythonMarkdown)
        {
            builder.Extensions.AddIfNotAlready(new PythonMarkdown.PythonMarkdownExtension(markdown!));
        }

        builder.DocumentProcessed += BareTagTransformer.Apply;
        // Math is found before every other inline syntax, so emphasis, escapes and table pipes never see it.
        builder.Extensions.AddIfNotAlready(new TexDelimiterExtension(brackets, dialect == MarkdownDialect.Kramdown, codeMath));
        return builder.Build();
    }
}
