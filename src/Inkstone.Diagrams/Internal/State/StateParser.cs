using System.Text.RegularExpressions;
using Inkstone.Diagrams.Internal.Flowchart;
using Inkstone.Diagrams.Internal.Mermaid;

namespace Inkstone.Diagrams.Internal.State;

/// <summary>
/// Reads Mermaid's <c>stateDiagram</c>/<c>stateDiagram-v2</c> into the flowchart's graph, which the flowchart's layout
/// then draws: states (rounded boxes, with <c>state "description" as id</c> and <c>id : description</c>), transitions
/// with labels, <c>[*]</c> as each scope's start and end, composite states (<c>state X { … }</c>, clusters, with their own
/// <c>direction</c>), and <c>&lt;&lt;choice&gt;&gt;</c>, <c>&lt;&lt;fork&gt;&gt;</c>, <c>&lt;&lt;join&gt;&gt;</c>. Notes, concurrent regions
/// (<c>--</c>) and styling are accepted and reported as not drawn.
/// </summary>
internal sealed partial class StateParser
{
    private readonly FlowGraph _graph = new();
    private readonly List<DiagramError> _errors = [];
    private readonly Stack<(FlowSubgraph Subgraph, SourceLine Line)> _open = new();
    private readonly HashSet<string> _ignored = new(StringComparer.Ordinal);
    private bool _inNote;

    public static (FlowGraph Graph, IReadOnlyList<DiagramError> Errors) Parse(MermaidSource source)
    {
        var parser = new StateParser();
        for (var i = 1; i < source.Lines.Count && parser._errors.All(e => e.Kind != DiagramErrorKind.Syntax); i++)
        {
            parser.Statement(source.Lines[i]);
        }

        if (parser._open.Count > 0 && parser._errors.All(e => e.Kind != DiagramErrorKind.Syntax))
        {
            var (subgraph, line) = parser._open.Peek();
            parser._errors.Add(new DiagramError(line.Line, line.Column, $"The composite state '{subgraph.Id}' is never closed: add '}}' after its last statement."));
        }

        // A state written before its composite was opened is that composite: transitions to it attach to the cluster.
        foreach (var subgraph in parser._graph.Subgraphs)
        {
            if (parser._graph.NodesById.TryGetValue(subgraph.Id, out var node))
            {
                parser._graph.Nodes.Remove(node);
                parser._graph.NodesById.Remove(subgraph.Id);
            }
        }

        // As in a flowchart, a direction Mermaid cannot keep (transitions cross the composite's border) is reported.
        foreach (var subgraph in parser._graph.Subgraphs)
        {
            if (subgraph is { Direction: not null, DirectionAt: var (line, column) } && parser._graph.HasLinksAcross(subgraph))
            {
                parser._errors.Add(new DiagramError(line, column,
                    $"The composite state '{subgraph.Id}' sets its own direction, but transitions cross its border, so it follows the direction around it, as Mermaid draws it.",
                    DiagramErrorKind.Ignored));
            }
        }

        return (parser._graph, parser._errors);
    }

    private FlowSubgraph? Scope => _open.Count == 0 ? null : _open.Peek().Subgraph;

    private void Statement(SourceLine line)
    {
        var text = line.Text.TrimEnd(';').Trim();
        if (_inNote)
        {
            _inNote = !text.Equals("end note", StringComparison.OrdinalIgnoreCase);
            return;
        }

        var word = MermaidSource.FirstWord(text);
        switch (word)
        {
            case "direction":
                if (Direction(text["direction".Length..].Trim()) is { } direction)
                {
                    if (Scope is { } scope)
                    {
                        scope.Direction = direction;
                        scope.DirectionAt = (line.Line, line.Column);
                    }
                    else
                    {
                        _graph.Direction = direction;
                    }
                }
                else
                {
                    Error(line, 0, "Expected a direction: TB, BT, LR or RL.");
                }

                return;
            case "}":
                if (_open.Count == 0)
                {
                    Error(line, 0, "'}' closes no composite state.");
                }
                else
                {
                    _open.Pop();
                }

                return;
            case "--":
                Ignore(line, "--", "Concurrent regions ('--') are accepted but drawn as one region.");
                return;
            case "note" or "Note":
                Ignore(line, "note", "Notes in state diagrams are accepted but not drawn.");
                _inNote = !text.Contains(':', StringComparison.Ordinal);
                return;
            case "classDef" or "class" or "style" or "click":
                Ignore(line, word, $"'{word}' statements are accepted but not drawn: diagrams take the theme's colours, for light and dark.");
                return;
            case "hide" or "scale" or "accTitle" or "accTitle:" or "accDescr" or "accDescr:" or "title" or "title:":
                return;
            case "state":
                StateDeclaration(line, text["state".Length..].Trim());
                return;
        }

        if (Transition().Match(text) is { Success: true } transition)
        {
            var from = End(line, transition.Groups["from"].Value, start: true);
            var to = End(line, transition.Groups["to"].Value, start: false);
            var label = transition.Groups["label"].Success && transition.Groups["label"].Value.Trim().Length > 0
                ? LabelText.Lines(transition.Groups["label"].Value)
                : null;
            _graph.Edges.Add(new FlowEdge(from, to, EdgeStroke.Normal, EdgeEnd.None, EdgeEnd.Arrow, label, 0));
            return;
        }

        if (Description().Match(text) is { Success: true } description)
        {
            var node = State(line, description.Groups["id"].Value);
            node.Label = [.. node.Label, .. LabelText.Lines(description.Groups["text"].Value)];
            return;
        }

        if (Identifier().IsMatch(text))
        {
            State(line, Strip(line, text));
            return;
        }

        Error(line, 0, $"Expected a state, a transition such as 'A --> B : event', or 'state X {{'; found '{(text.Length > 24 ? text[..24] + "…" : text)}'.");
    }

    /// <summary><c>state "description" as id</c>, <c>state id &lt;&lt;choice&gt;&gt;</c>, <c>state id {</c>, or just <c>state id</c>.</summary>
    private void StateDeclaration(SourceLine line, string rest)
    {
        var opens = rest.EndsWith('{');
        if (opens)
        {
            rest = rest[..^1].Trim();
        }

        var match = Declaration().Match(rest);
        if (!match.Success)
        {
            Error(line, line.Text.Length - rest.Length, "Expected 'state Name', 'state \"Description\" as Name', 'state Name <<choice>>' or 'state Name {'.");
            return;
        }

        var id = match.Groups["id"].Value;
        IReadOnlyList<string>? label = match.Groups["desc"].Success ? LabelText.Lines(match.Groups["desc"].Value) : null;
        if (opens)
        {
            var subgraph = new FlowSubgraph(id, label ?? [id], Scope);
            _graph.Subgraphs.Add(subgraph);
            _graph.SubgraphsById[id] = subgraph;
            _open.Push((subgraph, line));
            return;
        }

        var node = State(line, id);
        if (label is not null)
        {
            node.Label = label;
        }

        switch (match.Groups["kind"].Value)
        {
            case "choice":
                node.Shape = NodeShape.Rhombus;
                node.Label = [];
                break;
            case "fork" or "join":
                node.Shape = _graph.Direction is FlowDirection.LeftToRight or FlowDirection.RightToLeft ? NodeShape.ForkBarAcross : NodeShape.ForkBar;
                node.Label = [];
                break;
            case "":
                break;
            default:
                Ignore(line, "<<" + match.Groups["kind"].Value + ">>", $"'<<{match.Groups["kind"].Value}>>' states are drawn as plain states.");
                break;
        }
    }

    /// <summary>One end of a transition: a state, or <c>[*]</c>, the start (as a source) or end (as a target) of the scope it is written in.</summary>
    private string End(SourceLine line, string name, bool start)
    {
        name = name.Trim();
        if (name != "[*]")
        {
            return _graph.SubgraphsById.ContainsKey(Strip(line, name)) ? Strip(line, name) : State(line, Strip(line, name)).Id;
        }

        var id = (Scope?.Id ?? "root") + (start ? "_start" : "_end");
        var node = State(line, id);
        node.Shape = start ? NodeShape.StateStart : NodeShape.StateEnd;
        node.Label = [];
        return id;
    }

    /// <summary>A name without its <c>:::class</c>, which is reported as not drawn.</summary>
    private string Strip(SourceLine line, string name)
    {
        var at = name.IndexOf(":::", StringComparison.Ordinal);
        if (at < 0)
        {
            return name;
        }

        Ignore(line, ":::", "':::class' is accepted but not drawn: diagrams take the theme's colours, for light and dark.");
        return name[..at];
    }

    private FlowNode State(SourceLine line, string id)
    {
        if (_graph.NodesById.TryGetValue(id, out var known))
        {
            return known;
        }

        var node = new FlowNode(id, line.Line, line.Column) { Shape = NodeShape.Round, Subgraph = Scope };
        _graph.Nodes.Add(node);
        _graph.NodesById[id] = node;
        return node;
    }

    private static FlowDirection? Direction(string word) => word switch
    {
        "TB" or "TD" => FlowDirection.TopToBottom,
        "BT" => FlowDirection.BottomToTop,
        "LR" => FlowDirection.LeftToRight,
        "RL" => FlowDirection.RightToLeft,
        _ => null,
    };

    private void Error(SourceLine line, int at, string message) => _errors.Add(new DiagramError(line.Line, line.Column + at, message));

    private void Ignore(SourceLine line, string kind, string message)
    {
        if (_ignored.Add(kind))
        {
            _errors.Add(new DiagramError(line.Line, line.Column, message, DiagramErrorKind.Ignored));
        }
    }

    [GeneratedRegex(@"^(?<from>\[\*\]|[^\s:\-][^\s]*?)\s*-->\s*(?<to>\[\*\]|[^\s:][^\s:]*(?::::[^\s:]+)?)\s*(?::(?<label>.*))?$")]
    private static partial Regex Transition();

    [GeneratedRegex(@"^(?<id>[^\s:""{}]+)\s*:\s*(?<text>.+)$")]
    private static partial Regex Description();

    [GeneratedRegex(@"^[^\s:""{}\[\]]+$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^(?:""(?<desc>[^""]*)""\s+as\s+(?<id>[^\s""{}<>]+)|(?<id>[^\s""{}<>]+)(?:\s+as\s+""(?<desc>[^""]*)"")?)(?:\s*<<(?<kind>\w+)>>)?$")]
    private static partial Regex Declaration();
}
