namespace Inkstone.Markdown.Math;

/// <summary>A formula compiled to MathML (or to its error rendering), attached to its Markdig node before rendering.</summary>
internal sealed record RenderedMath(string Html, string Tex, bool Display);
