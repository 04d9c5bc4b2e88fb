using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// Block tags whose content says it all without them: NexT's <c>{% grouppicture %}</c> and Butterfly's
/// <c>{% gallery %}</c> arrange the images they hold, which Inkstone shows one after another.
/// </summary>
internal sealed class ContentOnlyTag : ITagHandler
{
    public TagShape Shape => TagShape.Block;

    public string Render(TagCall tag, string? body, TemplateRun run) => TemplateText.Dedent(body ?? "", (tag.Indent ?? "").Length);
}
