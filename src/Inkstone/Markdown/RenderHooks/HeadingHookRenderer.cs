using Inkstone.Diagnostics;
using Inkstone.Markdown.Headings;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Inkstone.Markdown.RenderHooks;

/// <summary>Writes a heading through <c>render/heading.liquid</c>.</summary>
internal sealed class HeadingHookRenderer(RenderHookTemplates hooks, AnchoredHeadingRenderer defaults, DiagnosticBag diagnostics) : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        renderer.EnsureLine();
        var model = new Dictionary<string, object?>
        {
            ["level"] = heading.Level,
            ["id"] = heading.TryGetAttributes()?.Id,
            ["text_html"] = HtmlCapture.Of(renderer, r => r.WriteLeafInline(heading)),
            ["anchor_label"] = defaults.Label,
            ["attributes_html"] = HtmlCapture.Of(renderer, r => r.WriteAttributes(heading)),
        };
        HookOutput.WriteBlock(renderer, hooks.Render(RenderHook.Heading, model, diagnostics), () => ((IMarkdownObjectRenderer)defaults).Write(renderer, heading));
    }
}
