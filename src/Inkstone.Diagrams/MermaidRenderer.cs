using Inkstone.Diagrams.Internal.Class;
using Inkstone.Diagrams.Internal.Flowchart;
using Inkstone.Diagrams.Internal.Mermaid;
using Inkstone.Diagrams.Internal.Sequence;
using Inkstone.Diagrams.Internal.State;

namespace Inkstone.Diagrams;

/// <summary>
/// Draws a Mermaid diagram as SVG: flowcharts (<c>graph</c>, <c>flowchart</c>), sequence diagrams, and state and class diagrams
/// (laid out as flowcharts). Any other type
/// is an <see cref="DiagramErrorKind.UnsupportedType"/> error naming it, and nothing is drawn. Thread-safe and
/// deterministic: the same source and options always give the same bytes.
/// </summary>
public static class MermaidRenderer
{
    /// <summary>The diagram types Mermaid knows that this library does not draw.</summary>
    private static readonly HashSet<string> KnownTypes = new(StringComparer.Ordinal)
    {
        "erDiagram", "gantt", "pie", "journey", "gitGraph",
        "mindmap", "timeline", "quadrantChart", "requirementDiagram", "C4Context", "C4Container", "C4Component", "C4Dynamic",
        "C4Deployment", "sankey-beta", "sankey", "xychart-beta", "xychart", "block-beta", "block", "packet-beta", "packet",
        "architecture-beta", "architecture", "kanban", "radar-beta", "treemap-beta", "zenuml",
    };

    public static DiagramResult Render(string source, DiagramOptions? options = null)
    {
        options ??= new DiagramOptions();
        var mermaid = MermaidSource.Read(source);
        var kind = mermaid.Kind;
        if (mermaid.Lines.Count == 0)
        {
            return new DiagramResult(null, "", [new DiagramError(1, 1, "The diagram is empty: start it with 'flowchart TD' or 'sequenceDiagram'.")]);
        }

        var header = mermaid.Lines[0];
        switch (kind)
        {
            case "graph" or "flowchart" or "flowchart-elk":
                {
                    var (graph, errors) = FlowchartParser.Parse(mermaid);
                    if (errors.Any(e => e.Kind == DiagramErrorKind.Syntax))
                    {
                        return new DiagramResult(null, "flowchart", errors);
                    }

                    var placed = FlowchartRenderer.Place(graph);
                    var title = Title(options, mermaid, source, "Flowchart");
                    return new DiagramResult(FlowchartSvgWriter.Write(placed, options, title, source), "flowchart", errors);
                }

            case "stateDiagram" or "stateDiagram-v2":
                {
                    var (graph, errors) = StateParser.Parse(mermaid);
                    if (errors.Any(e => e.Kind == DiagramErrorKind.Syntax))
                    {
                        return new DiagramResult(null, kind, errors);
                    }

                    var title = Title(options, mermaid, source, "State diagram");
                    return new DiagramResult(FlowchartSvgWriter.Write(FlowchartRenderer.Place(graph), options, title, source, "state"), kind, errors);
                }

            case "classDiagram" or "classDiagram-v2":
                {
                    var (graph, errors) = ClassParser.Parse(mermaid);
                    if (errors.Any(e => e.Kind == DiagramErrorKind.Syntax))
                    {
                        return new DiagramResult(null, kind, errors);
                    }

                    var title = Title(options, mermaid, source, "Class diagram");
                    return new DiagramResult(FlowchartSvgWriter.Write(FlowchartRenderer.Place(graph), options, title, source, "class"), kind, errors);
                }

            case "sequenceDiagram":
                {
                    var (diagram, errors) = SequenceParser.Parse(mermaid);
                    if (errors.Any(e => e.Kind == DiagramErrorKind.Syntax))
                    {
                        return new DiagramResult(null, "sequenceDiagram", errors);
                    }

                    var title = Title(options, mermaid, source, "Sequence diagram");
                    return new DiagramResult(SequenceSvgWriter.Write(SequenceLayout.Place(diagram), options, title, source), "sequenceDiagram", errors);
                }
        }

        if (KnownTypes.Contains(kind))
        {
            return new DiagramResult(null, kind, [new DiagramError(header.Line, header.Column,
                $"Mermaid's '{kind}' diagrams are not drawn at build time (flowcharts, sequence, state and class diagrams are); the source is shown instead.",
                DiagramErrorKind.UnsupportedType)]);
        }

        return new DiagramResult(null, kind, [new DiagramError(header.Line, header.Column,
            $"'{kind}' is not a Mermaid diagram type: start the diagram with 'flowchart TD' (or LR, BT, RL) or 'sequenceDiagram'.")]);
    }

    /// <summary>The accessible name: the writer's <c>accTitle</c>, else the front matter's title, else the caller's, else the type.</summary>
    private static string Title(DiagramOptions options, MermaidSource mermaid, string source, string fallback)
    {
        foreach (var line in mermaid.Lines)
        {
            if (line.Text.StartsWith("accTitle", StringComparison.Ordinal) && line.Text.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
            {
                return line.Text[(colon + 1)..].Trim();
            }
        }

        _ = source;
        return mermaid.Title ?? options.Title ?? fallback;
    }
}
