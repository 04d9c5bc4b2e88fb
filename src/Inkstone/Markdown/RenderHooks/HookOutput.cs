using Markdig.Renderers;

namespace Inkstone.Markdown.RenderHooks;

/// <summary>Puts a hook's markup where the compiled renderer's would go, or the compiled markup when the template failed.</summary>
internal static class HookOutput
{
    public static void WriteBlock(HtmlRenderer renderer, string? markup, Action fallback)
    {
        if (markup is null)
        {
            fallback();
            return;
        }

        renderer.EnsureLine();
        renderer.WriteLine(markup);
    }

    public static void WriteInline(HtmlRenderer renderer, string? markup, Action fallback)
    {
        if (markup is null)
        {
            fallback();
            return;
        }

        renderer.Write(markup);
    }
}
