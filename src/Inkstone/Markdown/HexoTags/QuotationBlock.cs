using Markdig.Syntax;

namespace Inkstone.Markdown.HexoTags;

/// <summary>A quotation with where it comes from: Hexo's <c>{% blockquote %}</c>, <c>{% pullquote %}</c>, NexT's <c>{% cq %}</c>.</summary>
internal sealed class QuotationBlock() : ContainerBlock(null)
{
    /// <summary>Styles by name (<c>pull</c>, <c>center</c>, <c>left</c>), each written as a class <c>quotation--NAME</c>.</summary>
    public IReadOnlyList<string> Modifiers { get; init; } = [];

    public string? Author { get; init; }

    /// <summary>The address of the source, shown as a link.</summary>
    public string? Source { get; init; }

    /// <summary>The title of the work quoted; without one, a linked source shows its address.</summary>
    public string? Title { get; init; }
}
