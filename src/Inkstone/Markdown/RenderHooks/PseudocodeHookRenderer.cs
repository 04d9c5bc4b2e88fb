using Inkstone.Diagnostics;
using Inkstone.Markdown.Pseudocode;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.RenderHooks;

/// <summary>Writes an algorithm from a <c>```pseudocode</c> fence through <c>render/pseudocode.liquid</c>.</summary>
internal sealed class PseudocodeHookRenderer(RenderHookTemplates hooks, IMarkdownObjectRenderer defaults, DiagnosticBag diagnostics) : HtmlObjectRenderer<PseudocodeBlock>
{
    protected override void Write(HtmlRenderer renderer, PseudocodeBlock block) =>
        HookOutput.WriteBlock(renderer, hooks.Render(RenderHook.Pseudocode, PseudocodeView.Of(block).Model(), diagnostics), () => defaults.Write(renderer, block));
}
