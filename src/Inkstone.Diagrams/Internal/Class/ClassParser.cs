using System.Text.RegularExpressions;
using Inkstone.Diagrams.Internal.Flowchart;
using Inkstone.Diagrams.Internal.Mermaid;

namespace Inkstone.Diagrams.Internal.Class;

/// <summary>
/// Reads Mermaid's <c>classDiagram</c> into the flowchart's graph, which the flowchart's layout then draws: classes as
/// boxes of three compartments (name with its <c>&lt;&lt;annotation&gt;&gt;</c>, attributes, methods; from <c>class X { … }</c>
/// bodies and <c>X : member</c> lines; <c>~T~</c> generics shown as <c>&lt;T&gt;</c>), relations with their ends
/// (<c>&lt;|--</c> inheritance, <c>*--</c> composition, <c>o--</c> aggregation, <c>--&gt;</c> association, <c>..&gt;</c>
/// dependency, <c>..|&gt;</c> realization, <c>--</c> and <c>..</c> links) and labels, namespaces as clusters, and
/// <c>direction</c>. Cardinalities, notes, and styling are accepted and reported as not drawn.
/// </summary>
internal sealed partial class ClassParser
{
    private readonly FlowGraph _graph = new();
    private readonly List<DiagramError> _errors = [];
    private readonly HashSet<string> _ignored = new(StringComparer.Ordinal);
    private readonly Stack<FlowSubgraph> _namespaces = new();
    private FlowNode? _body;

    public static (FlowGraph Graph, IReadOnlyList<DiagramError> Errors) Parse(MermaidSource source)
    {
        var parser = new ClassParser();
        for (var i = 1; i < source.Lines.Count && parser._errors.All(e => e.Kind != DiagramErrorKind.Syntax); i++)
        {
            parser.Statement(source.Lines[i]);
        }

        if (parser._body is not null && parser._errors.All(e => e.Kind != DiagramErrorKind.Syntax))
        {
            var last = source.Lines[^1];
            parser._errors.Add(new DiagramError(last.Line, last.Column + last.Text.Length, $"The class '{parser._body.Id}' is never closed: add '}}' after its last member."));
        }

        foreach (var node in parser._graph.Nodes)
        {
            node.Label = ClassBox.Label(node.Members!);
        }

        return (parser._graph, parser._errors);
    }

    private void Statement(SourceLine line)
    {
        var text = line.Text.Trim();
        if (_body is not null)
        {
            if (text == "}")
            {
                _body = null;
            }
            else if (Annotation().Match(text) is { Success: true } inner && inner.Groups["name"].Value.Length == 0)
            {
                _body.Members!.Annotation = inner.Groups["kind"].Value;
            }
            else
            {
                Member(_body, text, line);
            }

            return;
        }

        var word = MermaidSource.FirstWord(text);
        switch (word)
        {
            case "direction":
                switch (text["direction".Length..].Trim())
                {
                    case "TB" or "TD": _graph.Direction = FlowDirection.TopToBottom; break;
                    case "BT": _graph.Direction = FlowDirection.BottomToTop; break;
                    case "LR": _graph.Direction = FlowDirection.LeftToRight; break;
                    case "RL": _graph.Direction = FlowDirection.RightToLeft; break;
                    default: Error(line, 0, "Expected a direction: TB, BT, LR or RL."); break;
                }

                return;
            case "}":
                if (_namespaces.Count == 0)
                {
                    Error(line, 0, "'}' closes no class or namespace.");
                }
                else
                {
                    _namespaces.Pop();
                }

                return;
            case "namespace":
                {
                    var name = text["namespace".Length..].TrimEnd('{').Trim();
                    var subgraph = new FlowSubgraph(name, [name], _namespaces.Count == 0 ? null : _namespaces.Peek());
                    _graph.Subgraphs.Add(subgraph);
                    _graph.SubgraphsById[name] = subgraph;
                    _namespaces.Push(subgraph);
                    return;
                }

            case "class":
                ClassStatement(line, text["class".Length..].Trim());
                return;
            case "note":
                Ignore(line, "note", "Notes in class diagrams are accepted but not drawn.");
                return;
            case "classDef" or "cssClass" or "style" or "click" or "callback" or "link":
                Ignore(line, word, $"'{word}' statements are accepted but not drawn: diagrams take the theme's colours, for light and dark.");
                return;
            case "accTitle" or "accTitle:" or "accDescr" or "accDescr:" or "title" or "title:":
                return;
        }

        if (Annotation().Match(text) is { Success: true } annotation && annotation.Groups["name"].Value.Length > 0)
        {
            Class(line, annotation.Groups["name"].Value).Members!.Annotation = annotation.Groups["kind"].Value;
            return;
        }

        if (Relation().Match(text) is { Success: true } relation)
        {
            RelationStatement(line, relation);
            return;
        }

        if (MemberLine().Match(text) is { Success: true } member)
        {
            Member(Class(line, member.Groups["name"].Value), member.Groups["member"].Value, line);
            return;
        }

        Error(line, 0, $"Expected a class, a relation such as 'Animal <|-- Duck', or 'Class : member'; found '{(text.Length > 24 ? text[..24] + "…" : text)}'.");
    }

    /// <summary><c>class Name</c>, <c>class Name~T~</c>, <c>class Name["Label"]</c>, each optionally opening a body with <c>{</c>.</summary>
    private void ClassStatement(SourceLine line, string rest)
    {
        var opens = rest.EndsWith('{');
        if (opens)
        {
            rest = rest[..^1].Trim();
        }

        var styled = rest.IndexOf(":::", StringComparison.Ordinal);
        if (styled >= 0)
        {
            Ignore(line, ":::", "':::class' is accepted but not drawn: diagrams take the theme's colours, for light and dark.");
            rest = rest[..styled];
        }

        var match = Declaration().Match(rest);
        if (!match.Success)
        {
            Error(line, line.Text.Length - rest.Length, "Expected a class name, as in 'class Animal' or 'class Animal {'.");
            return;
        }

        var node = Class(line, match.Groups["name"].Value);
        if (match.Groups["label"].Success)
        {
            node.Members!.Name = match.Groups["label"].Value;
        }

        if (opens)
        {
            _body = node;
        }
    }

    private void RelationStatement(SourceLine line, Match relation)
    {
        if (relation.Groups["ca"].Success || relation.Groups["cb"].Success)
        {
            Ignore(line, "cardinality", "Cardinalities (\"1\" --> \"*\") are accepted but not drawn.");
        }

        var from = Class(line, relation.Groups["a"].Value).Id;
        var to = Class(line, relation.Groups["b"].Value).Id;
        var dotted = relation.Groups["line"].Value == "..";
        var label = relation.Groups["label"].Success && relation.Groups["label"].Value.Trim().Length > 0 ? LabelText.Lines(relation.Groups["label"].Value) : null;
        _graph.Edges.Add(new FlowEdge(from, to, dotted ? EdgeStroke.Dotted : EdgeStroke.Normal, End(relation.Groups["left"].Value), End(relation.Groups["right"].Value), label, 0));
    }

    private static EdgeEnd End(string marker) => marker switch
    {
        "<|" or "|>" => EdgeEnd.Triangle,
        "*" => EdgeEnd.DiamondFilled,
        "o" => EdgeEnd.Diamond,
        "<" or ">" => EdgeEnd.OpenArrow,
        _ => EdgeEnd.None,
    };

    private void Member(FlowNode node, string text, SourceLine line)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return;
        }

        if (text.EndsWith('$') || text.EndsWith('*'))
        {
            Ignore(line, "classifier", "Static ($) and abstract (*) members are shown without underline or italics.");
            text = text[..^1];
        }

        text = Generics(text);
        (text.Contains('(', StringComparison.Ordinal) ? node.Members!.Methods : node.Members!.Attributes).Add(text);
    }

    private FlowNode Class(SourceLine line, string name)
    {
        var id = name.Split('~')[0];
        if (_graph.NodesById.TryGetValue(id, out var known))
        {
            return known;
        }

        var node = new FlowNode(id, line.Line, line.Column)
        {
            Shape = NodeShape.ClassBox,
            Subgraph = _namespaces.Count == 0 ? null : _namespaces.Peek(),
            Members = new ClassMembers { Name = Generics(name) },
        };
        _graph.Nodes.Add(node);
        _graph.NodesById[id] = node;
        return node;
    }

    /// <summary>Mermaid writes generics between tildes: <c>List~int~</c> is <c>List&lt;int&gt;</c>.</summary>
    private static string Generics(string text) => Tilde().Replace(text, "<${inner}>");

    private void Error(SourceLine line, int at, string message) => _errors.Add(new DiagramError(line.Line, line.Column + at, message));

    private void Ignore(SourceLine line, string kind, string message)
    {
        if (_ignored.Add(kind))
        {
            _errors.Add(new DiagramError(line.Line, line.Column, message, DiagramErrorKind.Ignored));
        }
    }

    [GeneratedRegex(@"~(?<inner>[^~]*)~")]
    private static partial Regex Tilde();

    [GeneratedRegex(@"^<<(?<kind>[^>]+)>>\s*(?<name>[\w~]*)\s*$")]
    private static partial Regex Annotation();

    [GeneratedRegex(@"^(?<name>[\w~]+)\s*(?:\[""(?<label>[^""]*)""\])?$")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^(?<a>[\w~]+)\s*(?:""(?<ca>[^""]*)""\s*)?(?<left><\||\*|o|<)?(?<line>--|\.\.)(?<right>\|>|\*|o|>)?\s*(?:""(?<cb>[^""]*)""\s*)?(?<b>[\w~]+)\s*(?::(?<label>.*))?$")]
    private static partial Regex Relation();

    [GeneratedRegex(@"^(?<name>[\w~]+)\s*:\s*(?<member>.+)$")]
    private static partial Regex MemberLine();
}
