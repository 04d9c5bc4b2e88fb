using Markdig;
using Markdig.Extensions.EmphasisExtras;

namespace Inkstone.Markdown;

/// <summary>
/// Builds the one Markdig pipeline a site uses. A pipeline is immutable and thread-safe, so the
/// build creates it once and parses every post with it in parallel.
/// </summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseMathematics()
            .UseAlertBlocks()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseDefinitionLists()
            .UseAbbreviations()
            .UseAutoLinks()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough | EmphasisExtraOptions.Marked | EmphasisExtraOptions.Superscript | EmphasisExtraOptions.Subscript)
            .UseFigures()
            .UseListExtras();
        return builder.Build();
    }
}
