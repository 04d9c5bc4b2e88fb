using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>The themes' <c>{{&lt; mermaid &gt;}}</c> (hugo-book, Docsy, LoveIt): the diagram's source as a <c>mermaid</c> code block, where Inkstone keeps diagrams.</summary>
internal sealed class MermaidShortcode : IShortcodeHandler
{
    public ShortcodeBody Body => ShortcodeBody.Code;

    public string Render(Shortcode call, string inner, ShortcodeRun run) => FencedCode.Write(call.Tag, "mermaid", inner);
}
