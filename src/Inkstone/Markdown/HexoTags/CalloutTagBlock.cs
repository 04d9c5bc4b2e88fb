using Inkstone.Markdown.Callouts;
using Inkstone.Markdown.Liquid;
using Markdig.Syntax;

namespace Inkstone.Markdown.HexoTags;

/// <summary>A tag that means a callout (<c>{% note %}</c>, Butterfly's <c>{% hideToggle %}</c>): Inkstone's own, with its styles as modifiers.</summary>
internal sealed record CalloutTagBlock(CalloutKind Kind, string? Title, IReadOnlyList<string> Modifiers, CalloutFold Fold = CalloutFold.None) : ITagBlock
{
    public void Bind(ContainerBlock container, TagBlockBinding binding) =>
        TagBlockBinding.Replace(container, new CalloutBlock { Kind = Kind, Title = Title, Modifiers = Modifiers, Fold = Fold });
}
