namespace Inkstone.Diagrams;

/// <summary>A problem in a diagram's source, at a 1-based line and column of that source.</summary>
public sealed record DiagramError(int Line, int Column, string Message, DiagramErrorKind Kind = DiagramErrorKind.Syntax);
