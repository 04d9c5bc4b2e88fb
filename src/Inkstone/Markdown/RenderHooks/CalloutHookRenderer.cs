using Inkstone.Diagnostics;
using Inkstone.Markdown.Callouts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.RenderHooks;

/// <summary>Writes a callout through the site's <c>render/callout.liquid</c>.</summary>
internal sealed class CalloutHookRenderer(RenderHookTemplates hooks, CalloutRenderer defaults, DiagnosticBag diagnostics) : HtmlObjectRenderer<CalloutBlock>
{
    protected override void Write(HtmlRenderer renderer, CalloutBlock callout)
    {
        renderer.EnsureLine();
        var title = defaults.TitleOf(callout);
        var model = new Dictionary<string, object?>
        {
            ["kind"] = callout.Kind.ToString().ToLowerInvariant(),
            ["title"] = title,
            ["icon"] = callout.Icon,
            ["foldable"] = CalloutRenderer.Folds(callout, title),
            ["open"] = callout.Fold == CalloutFold.Expanded,
            ["modifiers"] = callout.Modifiers.ToList(),
            ["body_html"] = HtmlCapture.AfterOpeningTag(renderer, r => r.WriteChildren(callout)),
        };
        HookOutput.WriteBlock(renderer, hooks.Render(RenderHook.Callout, model, diagnostics), () => ((IMarkdownObjectRenderer)defaults).Write(renderer, callout));
    }
}
