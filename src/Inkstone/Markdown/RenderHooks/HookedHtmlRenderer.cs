using Markdig.Renderers;

namespace Inkstone.Markdown.RenderHooks;

/// <summary>
/// Markdig's HTML renderer with its line state in reach, so writing an element's children into a hook's model
/// leaves the state as it found it and the markup around the hook is written exactly as without hooks.
/// </summary>
internal sealed class HookedHtmlRenderer(TextWriter writer) : HtmlRenderer(writer)
{
    /// <summary>True when the last thing written ended a line (the next block then starts without a line break).</summary>
    public bool AtLineStart
    {
        get => previousWasLine;
        set => previousWasLine = value;
    }
}
