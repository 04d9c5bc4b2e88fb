namespace Inkstone.Diagrams;

/// <summary>Why a diagram was not drawn, or was drawn with something left out.</summary>
public enum DiagramErrorKind
{
    /// <summary>The source does not parse; the diagram is not drawn.</summary>
    Syntax,

    /// <summary>A diagram type this library does not lay out; the diagram is not drawn.</summary>
    UnsupportedType,

    /// <summary>A statement the diagram accepts but does not draw (a style, a click handler); the rest is drawn.</summary>
    Ignored,
}
