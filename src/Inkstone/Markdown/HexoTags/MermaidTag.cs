using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>NexT's and Butterfly's <c>{% mermaid [type] %}</c>: the diagram's source as a <c>mermaid</c> code block, which is where Inkstone keeps diagrams.</summary>
internal sealed class MermaidTag : ITagHandler
{
    public TagShape Shape => TagShape.Code;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        var type = tag.Arguments.Trim();
        return FencedCode.Write(tag, "mermaid", type.Length > 0 ? type + "\n" + (body ?? "").TrimStart('\n') : body ?? "");
    }
}
