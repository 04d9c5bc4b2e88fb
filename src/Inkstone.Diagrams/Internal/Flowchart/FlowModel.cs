namespace Inkstone.Diagrams.Internal.Flowchart;

/// <summary>The way a flowchart, or one of its subgraphs, runs.</summary>
internal enum FlowDirection
{
    TopToBottom,
    BottomToTop,
    LeftToRight,
    RightToLeft,
}

/// <summary>Every node shape of Mermaid's bracket syntax.</summary>
internal enum NodeShape
{
    Rect,
    Round,
    Stadium,
    Subroutine,
    Cylinder,
    Circle,
    DoubleCircle,
    Asymmetric,
    Rhombus,
    Hexagon,
    Parallelogram,
    ParallelogramAlt,
    Trapezoid,
    TrapezoidAlt,

    /// <summary>A state diagram's start: a small filled circle.</summary>
    StateStart,

    /// <summary>A state diagram's end: a small ringed dot.</summary>
    StateEnd,

    /// <summary>A state diagram's fork or join, across a chart running down (a horizontal bar).</summary>
    ForkBar,

    /// <summary>A fork or join across a chart running sideways (a vertical bar).</summary>
    ForkBarAcross,

    /// <summary>A class diagram's class, drawn from its <see cref="FlowNode.Members"/>.</summary>
    ClassBox,
}

internal enum EdgeStroke
{
    Normal,
    Thick,
    Dotted,
    Invisible,
}

internal enum EdgeEnd
{
    None,
    Arrow,
    Circle,
    Cross,

    /// <summary>A hollow triangle: a class diagram's inheritance or realization.</summary>
    Triangle,

    /// <summary>A filled diamond: composition.</summary>
    DiamondFilled,

    /// <summary>A hollow diamond: aggregation.</summary>
    Diamond,

    /// <summary>An open arrowhead of two strokes: association or dependency.</summary>
    OpenArrow,
}

/// <summary>A node: its id, label lines and shape, and the subgraph it belongs to (null at the top).</summary>
internal sealed class FlowNode(string id, int line, int column)
{
    public string Id { get; } = id;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public IReadOnlyList<string> Label { get; set; } = [id];

    public NodeShape Shape { get; set; } = NodeShape.Rect;

    public bool ShapeGiven { get; set; }

    public FlowSubgraph? Subgraph { get; set; }

    /// <summary>A class diagram's class: its compartments, which its box is drawn from (null for any other node).</summary>
    public ClassMembers? Members { get; set; }
}

/// <summary>A link between two nodes (or subgraphs), as written: its stroke, both ends, label and extra length.</summary>
internal sealed record FlowEdge(string From, string To, EdgeStroke Stroke, EdgeEnd Start, EdgeEnd End, IReadOnlyList<string>? Label, int Length);

/// <summary>A subgraph: its id, title, own direction if it sets one, and its parent.</summary>
internal sealed class FlowSubgraph(string id, IReadOnlyList<string> title, FlowSubgraph? parent)
{
    public string Id { get; } = id;

    public IReadOnlyList<string> Title { get; } = title;

    public FlowSubgraph? Parent { get; } = parent;

    public FlowDirection? Direction { get; set; }

    /// <summary>Where the subgraph's <c>direction</c> statement was written, for a warning.</summary>
    public (int Line, int Column)? DirectionAt { get; set; }

    public int Depth => Parent is null ? 0 : Parent.Depth + 1;

    public bool Contains(FlowSubgraph? other)
    {
        for (var s = other; s is not null; s = s.Parent)
        {
            if (s == this)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A parsed flowchart: nodes in the order first written, edges, subgraphs.</summary>
internal sealed class FlowGraph
{
    public FlowDirection Direction { get; set; } = FlowDirection.TopToBottom;

    public List<FlowNode> Nodes { get; } = [];

    public Dictionary<string, FlowNode> NodesById { get; } = new(StringComparer.Ordinal);

    public List<FlowEdge> Edges { get; } = [];

    public List<FlowSubgraph> Subgraphs { get; } = [];

    public Dictionary<string, FlowSubgraph> SubgraphsById { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a link joins something inside the subgraph (a node or a subgraph nested in it) with something outside
    /// it (the subgraph's own id counts as outside), which is what keeps Mermaid from laying it out on its own.
    /// </summary>
    public bool HasLinksAcross(FlowSubgraph subgraph) => Edges.Any(e => IsInside(e.From, subgraph) != IsInside(e.To, subgraph));

    /// <summary>Whether the id names a node inside the subgraph or a subgraph nested in it.</summary>
    public bool IsInside(string id, FlowSubgraph subgraph) =>
        NodesById.TryGetValue(id, out var node) ? subgraph.Contains(node.Subgraph)
        : SubgraphsById.TryGetValue(id, out var inner) && inner != subgraph && subgraph.Contains(inner);
}
