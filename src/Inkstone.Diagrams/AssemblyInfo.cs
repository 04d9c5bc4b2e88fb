// Inkstone.Diagrams: Mermaid parsed, laid out and drawn as SVG with no dependencies.
[assembly: System.CLSCompliant(false)]
