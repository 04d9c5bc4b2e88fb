using Inkstone.Diagnostics;
using Inkstone.Markdown.Images;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Inkstone.Markdown.RenderHooks;

/// <summary>Writes an image with a caption (a titled image alone in its paragraph) through <c>render/figure.liquid</c>.</summary>
internal sealed class FigureHookRenderer(RenderHookTemplates hooks, IMarkdownObjectRenderer defaults, DiagnosticBag diagnostics) : HtmlObjectRenderer<FigureBlock>
{
    protected override void Write(HtmlRenderer renderer, FigureBlock figure)
    {
        renderer.EnsureLine();
        var image = HtmlCapture.Of(renderer, r =>
        {
            foreach (var child in figure)
            {
                if (child is ParagraphBlock paragraph)
                {
                    r.WriteLeafInline(paragraph);
                }
                else
                {
                    r.Write(child);
                }
            }
        });
        var model = new Dictionary<string, object?> { ["caption"] = figure.Caption, ["image_html"] = image };
        HookOutput.WriteBlock(renderer, hooks.Render(RenderHook.Figure, model, diagnostics), () => defaults.Write(renderer, figure));
    }
}
