using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// Hexo's <c>{% pullquote [class] %}</c>, a quotation set apart from the text (<c>left</c> or <c>right</c> to float it on
/// a wide screen), and NexT's <c>{% cq %}</c> (<c>{% centerquote %}</c>), a quotation centred on the page.
/// </summary>
internal sealed class PullquoteTag(string modifier) : ITagHandler
{
    public TagShape Shape => TagShape.Block;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        var modifiers = new List<string> { modifier };
        modifiers.AddRange(HexoArguments.Split(tag.Arguments).Select(a => a.ToLowerInvariant()).Where(a => a.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')));
        return run.Blocks.Container(tag, new QuotationTagBlock(modifiers), body ?? "");
    }
}
