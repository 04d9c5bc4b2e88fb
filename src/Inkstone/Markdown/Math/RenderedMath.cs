namespace Inkstone.Markdown.Math;

/// <summary>A formula compiled to MathML (or to its error rendering), attached to its Markdig node before rendering.</summary>
internal sealed record RenderedMath(string Html, string Tex, bool Display)
{
    /// <summary>The equation's number or <c>\tag</c> as shown, null when it has none (for the math render hook).</summary>
    public string? Number { get; init; }

    /// <summary>The name of its first <c>\label</c>, null when it has none.</summary>
    public string? Label { get; init; }
}
