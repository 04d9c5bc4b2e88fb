namespace Inkstone.Diagrams;

/// <summary>
/// What rendering one diagram gave: the SVG (null when it could not be drawn) and every problem found.
/// <see cref="Kind"/> names the diagram type as the source declares it ("flowchart", "sequenceDiagram", "gantt").
/// </summary>
public sealed record DiagramResult(string? Svg, string Kind, IReadOnlyList<DiagramError> Errors);
