using Inkstone.Diagnostics;
using Inkstone.Markdown.Callouts;
using Inkstone.Markdown.Headings;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.RenderHooks;

/// <summary>
/// Puts a hook renderer in front of the compiled renderer of each element whose hook the site overrides, once per
/// post's renderer. The compiled renderer stays behind it for what the hook does not cover.
/// </summary>
internal static class RenderHookInstaller
{
    public static void Install(HtmlRenderer renderer, RenderHookTemplates hooks, DiagnosticBag diagnostics)
    {
        var renderers = renderer.ObjectRenderers;
        if (hooks.Has(RenderHook.Callout) && renderers.Find<CalloutRenderer>() is { } callouts)
        {
            renderers.Insert(0, new CalloutHookRenderer(hooks, callouts, diagnostics));
        }

        if ((hooks.Has(RenderHook.CodeBlock) || hooks.Has(RenderHook.Math)) && DefaultFor<CodeBlock>(renderer) is { } code)
        {
            renderers.Insert(0, new CodeBlockHookRenderer(hooks, code, diagnostics));
        }

        if (hooks.Has(RenderHook.Math) && DefaultFor<MathBlock>(renderer) is { } math)
        {
            renderers.Insert(0, new MathHookRenderer(hooks, math, diagnostics));
        }

        if (hooks.Has(RenderHook.Figure) && DefaultFor<Images.FigureBlock>(renderer) is { } figures)
        {
            renderers.Insert(0, new FigureHookRenderer(hooks, figures, diagnostics));
        }

        if ((hooks.Has(RenderHook.Image) || hooks.Has(RenderHook.Link)) && DefaultFor<LinkInline>(renderer) is { } links)
        {
            renderers.Insert(0, new LinkHookRenderer(hooks, links, diagnostics));
        }

        if (hooks.Has(RenderHook.Heading) && renderers.Find<AnchoredHeadingRenderer>() is { } headings)
        {
            renderers.Insert(0, new HeadingHookRenderer(hooks, headings, diagnostics));
        }

        if (hooks.Has(RenderHook.Pseudocode) && renderers.Find<Pseudocode.PseudocodeRenderer>() is { } pseudocode)
        {
            renderers.Insert(0, new PseudocodeHookRenderer(hooks, pseudocode, diagnostics));
        }

        if (hooks.Has(RenderHook.Table) && DefaultFor<Table>(renderer) is { } tables)
        {
            renderers.Insert(0, new TableHookRenderer(hooks, tables, diagnostics));
        }
    }

    // The renderer Markdig would pick for the element: the first that accepts its type.
    private static IMarkdownObjectRenderer? DefaultFor<T>(HtmlRenderer renderer) =>
        renderer.ObjectRenderers.FirstOrDefault(r => r.Accept(renderer, typeof(T)));
}
