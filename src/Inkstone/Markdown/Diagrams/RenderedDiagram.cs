namespace Inkstone.Markdown.Diagrams;

/// <summary>A diagram fence's finished HTML (a figure holding the SVG and its source), attached to its code block.</summary>
internal sealed record RenderedDiagram(string Html);
