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
            ? Model(rendered.Html, rendered.Tex)
            : Model(WebUtility.HtmlEncode(math.Lines.ToString()), math.Lines.ToString());
        HookOutput.WriteBlock(renderer, hooks.Render(RenderHook.Math, model, diagnostics), () => defaults.Write(renderer, math));
    }

    public static Dictionary<string, object?> Model(string mathml, string tex) => new()
    {
        ["mathml"] = mathml,
        ["tex"] = tex,
    };
}
