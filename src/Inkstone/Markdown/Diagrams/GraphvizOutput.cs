namespace Inkstone.Markdown.Diagrams;

/// <summary>What <c>dot -Tsvg</c> gave for one source: its SVG, or the error it printed.</summary>
internal sealed record GraphvizOutput(string? Svg, string? Error);
