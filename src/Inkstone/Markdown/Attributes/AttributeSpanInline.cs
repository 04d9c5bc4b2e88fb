using Markdig.Syntax.Inlines;

namespace Inkstone.Markdown.Attributes;

/// <summary>An attribute list in running text, until <see cref="AttributeApplier"/> gives it to the element before it or to its block.</summary>
internal sealed class AttributeSpanInline : LeafInline
{
    public required AttributeList Attributes { get; init; }

    /// <summary>Whether a space separates it from what comes before, so it cannot belong to that element.</summary>
    public bool AfterSpace { get; init; }

    /// <summary>The list as written, put back as text when it belongs to nothing (<c>Text{ .a }</c>), as both converters leave it.</summary>
    public required string Source { get; init; }

    /// <summary>Read with kramdown's rules, where only <c>{#id}</c> names a heading's id at its end.</summary>
    public bool Kramdown { get; init; }
}
