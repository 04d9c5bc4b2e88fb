using System.Net;
using Inkstone.Diagnostics;
using Inkstone.Markdown.Math;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.RenderHooks;

/// <summary>Writes display math (<c>$$…$$</c>, <c>\[…\]</c>, bare environments) through <c>render/math.liquid</c>.</summary>
internal sealed class MathHookRenderer(RenderHookTemplates hooks, IMarkdownObjectRenderer defaults, DiagnosticBag diagnostics) : HtmlObjectRenderer<MathBlock>
{
    protected override void Write(HtmlRenderer renderer, MathBlock math)
    {
        var model = math.GetData(typeof(RenderedMath)) is RenderedMath rendered
            ? Model(rendered)
            : Model(new RenderedMath(WebUtility.HtmlEncode(math.Lines.ToString()), math.Lines.ToString(), Display: true));
        HookOutput.WriteBlock(renderer, hooks.Render(RenderHook.Math, model, diagnostics), () => defaults.Write(renderer, math));
    }

    public static Dictionary<string, object?> Model(RenderedMath math) => new()
    {
        ["mathml"] = math.Html,
        ["tex"] = math.Tex,
        ["number"] = math.Number,
        ["label"] = math.Label,
    };
}
