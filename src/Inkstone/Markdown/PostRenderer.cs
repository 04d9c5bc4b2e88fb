using Inkstone.Content;
using Inkstone.Excerpts;
using Inkstone.Markdown.CodeBlocks;
using Inkstone.Markdown.Headings;
using Inkstone.Markdown.HugoShortcodes;
using Inkstone.Markdown.Liquid;
using Inkstone.Markdown.Math;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Inkstone.Markdown;

/// <summary>
/// Renders one post: parses its Markdown, gives headings ids, resolves links and images, renders HTML,
/// and measures the excerpt and word count from the same syntax tree. Safe to call in parallel.
/// </summary>
internal static class PostRenderer
{
    public static RenderedPost Render(Post post, PostRenderContext context)
    {
        if (post.Notebook is not { } notebook)
        {
            return RenderSource(post, context);
        }

        // A notebook's body was written from its cells: what Markdown finds there is reported at the notebook's line and cell.
        var problems = new Diagnostics.DiagnosticBag(context.Diagnostics.ContentProblemsAreErrors);
        var rendered = RenderSource(post, context with { Diagnostics = problems });
        foreach (var problem in problems.Sorted())
        {
            context.Diagnostics.Add(problem.Location.Path == post.SourcePath && notebook.Locate(problem.Location) is { } at
                ? problem with { Location = at.Location, Message = $"In cell {at.Cell}: {problem.Message}" }
                : problem);
        }

        var anchors = rendered.Anchors.Select(a => notebook.Locate(a.Location) is { } at ? a with { Location = at.Location } : a).ToList();
        return new RenderedPost(post, rendered.ContentHtml, rendered.Excerpt, rendered.Headings, rendered.Words, rendered.Text, anchors, rendered.Images);
    }

    private static RenderedPost RenderSource(Post post, PostRenderContext context)
    {
        // Liquid and Jekyll's and Hexo's tags come first, as in those engines; what Markdown finds after that is
        // reported at the lines the writer wrote, when the template changed the number of lines.
        var template = PostTemplate.Render(post, context);
        if (context.Config.Markdown.Has(Configuration.PythonMarkdownExtensions.Snippets))
        {
            template = PythonMarkdown.Snippets.Expand(post, template, context);
        }

        template = Shortcodes(post, template, context);
        if (template.Lines.IsIdentity)
        {
            return Render(post, template, context);
        }

        var problems = new Diagnostics.DiagnosticBag(context.Diagnostics.ContentProblemsAreErrors);
        var rendered = Render(post, template, context with { Diagnostics = problems });
        template.Lines.Report(problems, post, context.Diagnostics);
        return rendered;
    }

    private static RenderedPost Render(Post post, PostTemplateResult template, PostRenderContext context)
    {
        var firstBodyLine = post.Source.LocationOf(post.BodyOffset).Line;
        var markdown = Tables.LargeTables.Rewrite(template.Markdown, (line, rows, columns) => context.Diagnostics.Warning(
            Diagnostics.DiagnosticIds.TableTooLarge, new Diagnostics.SourceLocation(post.SourcePath, firstBodyLine + line - 1, 1),
            $"The table has {rows:N0} rows of {columns:N0} columns, more than the {Tables.LargeTables.MaxCells:N0} cells a table is read with; it is shown with its cells as plain text.",
            "Split the table, or publish the data as a file (CSV) and link to it."));
        var parser = ParserContext(post, context);
        var document = MarkdownDepth.Parse(markdown, post, context, parser: parser);
        Sidenotes.MarginNoteExpander.Expand(document, post.SourcePath, firstBodyLine, context.Pipeline, parser, context.Diagnostics);
        if (context.Config.Markdown.Dialect != Configuration.MarkdownDialect.Inkstone)
        {
            Attributes.AttributeApplier.Apply(document, markdown, post.SourcePath, firstBodyLine, context.Diagnostics);
        }

        template.Blocks?.Bind(document);
        CjkLineBreakJoiner.Join(document);
        MathPunctuationBinder.Bind(document);
        if (post.Lang is { } lang)
        {
            // An English post on a Chinese blog (or the other way round) gets callout titles in its own language.
            foreach (var callout in document.Descendants<Callouts.CalloutBlock>())
            {
                callout.English = lang.StartsWith("en", StringComparison.OrdinalIgnoreCase);
            }
        }

        var headings = HeadingIdAssigner.Assign(document, context.Layout.HeadingIds);
        foreach (var toc in document.Descendants<Kramdown.TocBlock>())
        {
            toc.Headings = headings.Where(h => h.InToc).ToList();
        }

        var anchors = ReferenceResolver.Resolve(document, post, firstBodyLine, context);
        var body = new Data.SourceText(post.SourcePath, markdown);
        Pseudocode.PseudocodePreparer.Prepare(document, body, firstBodyLine, context.Words.For(post.Lang), context.Strict, context.Diagnostics);
        PostMathCompiler.Compile(document, post, body, firstBodyLine, context);
        Diagrams.DiagramPreparer.Prepare(document, post.SourcePath, firstBodyLine, context);
        Citations.CitationResolver.Resolve(document, post, firstBodyLine, context, headings);
        CodeBlockPreparer.Prepare(document, post.SourcePath, firstBodyLine, context.Config.LineNumbers, context.Highlights, context.Diagnostics);

        var writer = new StringWriter();
        var renderer = context.RenderHooks is null ? new HtmlRenderer(writer) : new RenderHooks.HookedHtmlRenderer(writer);
        context.Pipeline.Setup(renderer);
        if (context.RenderHooks is { } hooks)
        {
            RenderHooks.RenderHookInstaller.Install(renderer, hooks, context.Diagnostics);
        }

        renderer.Render(document);
        var html = writer.ToString();

        var text = PostTextExtractor.Extract(document);
        var more = MoreMarker.Find(document, context.Config.ExcerptSeparator);
        Excerpt excerpt;
        if (more is not null)
        {
            excerpt = ExcerptBuilder.Build(PostTextExtractor.Extract(document, more), null, context.Config.Language);
        }
        else if (!string.IsNullOrWhiteSpace(post.Summary))
        {
            // A summary may hold inline Markdown and math too ("复杂度是$O(n)$的").
            var summary = MarkdownDepth.Parse(post.Summary, post, context, isSummary: true);
            PostMathCompiler.CompileSummary(summary, post, context);
            excerpt = ExcerptBuilder.Build(PostTextExtractor.Extract(summary), null, context.Config.Language);
        }
        else
        {
            excerpt = ExcerptBuilder.Build(text, context.Config.ExcerptLength, context.Config.Language);
        }

        var images = document.Descendants<Markdig.Syntax.Inlines.LinkInline>().Select(l => l.GetData(typeof(Inkstone.Images.ImageUse)) as Inkstone.Images.ImageUse).OfType<Inkstone.Images.ImageUse>().ToList();
        return new RenderedPost(post, html, excerpt, headings, WordCounter.Count(text), text, anchors, images);
    }

    /// <summary>What one parse reads besides the pipeline: citations are on only in a post with a bibliography.</summary>
    private static Markdig.MarkdownParserContext? ParserContext(Post post, PostRenderContext context)
    {
        if (context.Bibliographies.For(post).Count == 0)
        {
            return null;
        }

        var parser = new Markdig.MarkdownParserContext();
        Citations.CitationInlineParser.Enable(parser);
        return parser;
    }

    /// <summary>
    /// Hugo's shortcodes, read after the tags (which leave them as written) and in every site: <c>{{&lt;</c> and
    /// <c>{{%</c> followed by a name mean nothing else in Markdown. Problems are reported where the writer wrote them.
    /// </summary>
    private static PostTemplateResult Shortcodes(Post post, PostTemplateResult template, PostRenderContext context)
    {
        if (context.Shortcodes is not { } site || !ShortcodeExpander.MayHold(template.Markdown))
        {
            return template;
        }

        var text = template.Markdown;
        var blocks = template.Blocks ?? new TagBlocks();
        string markdown;
        if (text.AsSpan().SequenceEqual(post.Source.Text.AsSpan(post.BodyOffset)))
        {
            markdown = ShortcodeExpander.Expand(text, new ShortcodeRun(post, context, site, blocks), offset => post.Source.LocationOf(post.BodyOffset + offset));
        }
        else
        {
            // The tags changed the text: problems are placed in the tags' output, then moved to the lines the writer wrote.
            var firstBodyLine = post.Source.LocationOf(post.BodyOffset).Line;
            var lines = new Data.SourceText(post.SourcePath, text);
            var problems = new Diagnostics.DiagnosticBag(context.Diagnostics.ContentProblemsAreErrors);
            var run = new ShortcodeRun(post, context with { Diagnostics = problems }, site, blocks);
            markdown = ShortcodeExpander.Expand(text, run, offset =>
            {
                var at = lines.LocationOf(offset);
                return at with { Line = at.Line + firstBodyLine - 1 };
            });
            template.Lines.Report(problems, post, context.Diagnostics);
        }

        return new PostTemplateResult(markdown, LineMap.Between(text, markdown).After(template.Lines), blocks.IsEmpty ? null : blocks);
    }

}
