using Inkstone.Content;
using Inkstone.Data;
using Inkstone.Diagnostics;
using Markdig.Syntax;

namespace Inkstone.Markdown;

/// <summary>
/// Parses Markdown that may nest past Markdig's depth limit (hundreds of '&gt;' or list markers): Markdig
/// then throws with no position, which stopped the markdown stage as an internal error. It is the writer's
/// problem, at the line that goes too deep, and the post is rendered empty.
/// </summary>
internal static class MarkdownDepth
{
    public static MarkdownDocument Parse(string markdown, Post post, PostRenderContext context, bool isSummary = false, Markdig.MarkdownParserContext? parser = null)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, context.Pipeline, parser);
        }
        catch (ArgumentException e) when (IsDepthLimit(e))
        {
            var location = isSummary
                ? post.Locate("summary", "description")
                : new SourceLocation(post.SourcePath, post.Source.LocationOf(post.BodyOffset).Line + DeepNestingFinder.FirstFailingLine(markdown, text => Fails(text, context)) - 1, 1);
            context.Diagnostics.Error(DiagnosticIds.NestedTooDeep, location,
                "The Markdown nests quotes, lists or other blocks deeper than the parser goes; the post is not rendered.",
                "Nest fewer blocks: a quote or list inside more than a hundred others is most likely pasted by mistake.");
            return new MarkdownDocument();
        }
    }

    private static bool IsDepthLimit(ArgumentException e) => e.Message.Contains("depth limit", StringComparison.Ordinal);

    private static bool Fails(string markdown, PostRenderContext context)
    {
        try
        {
            Markdig.Markdown.Parse(markdown, context.Pipeline);
            return false;
        }
        catch (ArgumentException e) when (IsDepthLimit(e))
        {
            return true;
        }
    }
}
