using Markdig.Renderers;

namespace Inkstone.Markdown.RenderHooks;

/// <summary>Runs part of a rendering into a string, so a hook's model can carry the HTML of an element's children.</summary>
internal static class HtmlCapture
{
    public static string Of(HtmlRenderer renderer, Action<HtmlRenderer> write) => Of(renderer, write, afterOpeningTag: false);

    /// <summary>
    /// The children of an element as the compiled renderer writes them after its opening tag: Markdig then starts
    /// a first child block on a new line, so such HTML starts with a line break, as the default markup has it.
    /// </summary>
    public static string AfterOpeningTag(HtmlRenderer renderer, Action<HtmlRenderer> write) => Of(renderer, write, afterOpeningTag: true);

    private static string Of(HtmlRenderer renderer, Action<HtmlRenderer> write, bool afterOpeningTag)
    {
        var hooked = (HookedHtmlRenderer)renderer;
        var atLineStart = hooked.AtLineStart;
        var writer = renderer.Writer;
        var captured = new StringWriter();
        renderer.Writer = captured;
        try
        {
            if (afterOpeningTag)
            {
                hooked.AtLineStart = false;
            }

            write(renderer);
        }
        finally
        {
            renderer.Writer = writer;
            hooked.AtLineStart = atLineStart;
        }

        return captured.ToString();
    }
}
