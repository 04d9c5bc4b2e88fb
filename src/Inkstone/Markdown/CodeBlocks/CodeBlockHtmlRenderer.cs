using System.Globalization;
using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Inkstone.Markdown.CodeBlocks;

/// <summary>
/// Renders a prepared code block: an optional title bar, then <c>pre.hl</c> with one span per line so
/// that line highlights, line numbers and diff marks are plain CSS. Line numbers and marks sit outside
/// the line's code span, so copying the code never copies them.
/// </summary>
internal sealed class CodeBlockHtmlRenderer : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        if (block.GetData(typeof(Math.RenderedMath)) is Math.RenderedMath math)
        {
            // A ```math fence is display math, compiled like $$...$$.
            renderer.EnsureLine();
            renderer.Write("<div class=\"math-display\">").Write(math.Html).WriteLine("</div>");
            return;
        }

        if (block.GetData(typeof(Diagrams.RenderedDiagram)) is Diagrams.RenderedDiagram diagram)
        {
            renderer.EnsureLine();
            renderer.WriteLine(diagram.Html);
            return;
        }

        if (block.GetData(typeof(CodeBlockData)) is not CodeBlockData data)
        {
            new Markdig.Renderers.Html.CodeBlockRenderer().Write(renderer, block);
            return;
        }

        Write(renderer, data);
    }

    public static void Write(HtmlRenderer renderer, CodeBlockData data)
    {
        var info = data.Info;
        var language = WebUtility.HtmlEncode(data.LanguageName);
        renderer.EnsureLine();
        renderer.Write($"<div class=\"code-block{(info.LineNumbers ? " code-block--numbered" : "")}\" data-lang=\"{language}\">");
        if (info.Title is not null || info.Link is not null)
        {
            renderer.Write("<div class=\"code-block__header\">");
            if (info.Title is not null)
            {
                renderer.Write($"<span class=\"code-block__title\">{WebUtility.HtmlEncode(info.Title)}</span>");
            }

            if (info.Link is not null)
            {
                renderer.Write($"<a class=\"code-block__link\" href=\"{WebUtility.HtmlEncode(info.Link)}\">{WebUtility.HtmlEncode(info.LinkText ?? info.Link)}</a>");
            }

            renderer.Write("</div>");
        }

        renderer.Write($"<pre class=\"hl\"><code class=\"language-{language}\">");
        for (var i = 0; i < data.Lines.Count; i++)
        {
            var number = info.StartLine + i;
            var mark = i < data.Marks.Count ? data.Marks[i] : DiffMark.None;
            var classes = "line";
            if (info.HighlightedLines.Contains(i + 1))
            {
                classes += " is-highlighted";
            }

            classes += mark switch { DiffMark.Inserted => " is-inserted", DiffMark.Deleted => " is-deleted", _ => "" };
            renderer.Write($"<span class=\"{classes}\">");
            if (info.LineNumbers)
            {
                renderer.Write($"<span class=\"ln\" aria-hidden=\"true\">{number.ToString(CultureInfo.InvariantCulture)}</span>");
            }

            if (info.Diff && mark != DiffMark.None)
            {
                renderer.Write(mark == DiffMark.Inserted ? "<span class=\"dm\" aria-hidden=\"true\">+</span>" : "<span class=\"dm\" aria-hidden=\"true\">-</span>");
            }

            renderer.Write("<span class=\"lc\">").Write(data.Lines[i]).Write("</span></span>");
            if (i < data.Lines.Count - 1)
            {
                renderer.Write("\n");
            }
        }

        renderer.WriteLine("</code></pre></div>");
    }
}
