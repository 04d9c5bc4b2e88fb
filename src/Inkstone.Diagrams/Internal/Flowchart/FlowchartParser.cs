using System.Text.RegularExpressions;
using Inkstone.Diagrams.Internal.Mermaid;

namespace Inkstone.Diagrams.Internal.Flowchart;

/// <summary>
/// Reads Mermaid's <c>graph</c>/<c>flowchart</c> syntax: a header with its direction, then statements (one a line
/// or separated by <c>;</c>): chains of links between node groups joined by <c>&amp;</c>, subgraphs with their
/// titles and directions, and the styling statements, accepted and reported as not drawn.
/// </summary>
internal sealed partial class FlowchartParser
{
    private readonly FlowGraph _graph = new();
    private readonly List<DiagramError> _errors = [];
    private readonly Stack<FlowSubgraph> _open = new();
    private readonly HashSet<string> _ignoredReported = new(StringComparer.Ordinal);
    private SourceLine _line = new(1, 1, "");
    private int _at;

    public static (FlowGraph Graph, IReadOnlyList<DiagramError> Errors) Parse(MermaidSource source)
    {
        var parser = new FlowchartParser();
        parser.Run(source);
        return (parser._graph, parser._errors);
    }

    private void Run(MermaidSource source)
    {
        for (var i = 0; i < source.Lines.Count; i++)
        {
            _line = source.Lines[i];
            _at = 0;
            if (i == 0)
            {
                Header();
            }

            while (_errors.All(e => e.Kind != DiagramErrorKind.Syntax) && SkipSpaceAndSemicolons())
            {
                Statement();
            }

            if (_errors.Any(e => e.Kind == DiagramErrorKind.Syntax))
            {
                return;
            }
        }

        if (_open.Count > 0)
        {
            var last = source.Lines.Count == 0 ? _line : source.Lines[^1];
            Error(last.Line, last.Column + last.Text.Length, $"The subgraph '{_open.Peek().Id}' is never closed: add 'end' after its last statement.");
            return;
        }

        // A node written with a subgraph's id is that subgraph: links to it attach to the cluster.
        foreach (var subgraph in _graph.Subgraphs)
        {
            if (_graph.NodesById.TryGetValue(subgraph.Id, out var node) && !node.ShapeGiven)
            {
                _graph.Nodes.Remove(node);
                _graph.NodesById.Remove(subgraph.Id);
            }
        }

        // Mermaid lays a subgraph out in its own direction only when no link crosses its border; otherwise it follows
        // the chart, and so does Inkstone, but the writer should know why.
        foreach (var subgraph in _graph.Subgraphs)
        {
            if (subgraph is { Direction: not null, DirectionAt: var (line, column) } && _graph.HasLinksAcross(subgraph))
            {
                _errors.Add(new DiagramError(line, column,
                    $"The subgraph '{subgraph.Id}' sets its own direction, but links cross its border, so it follows the direction around it, as Mermaid draws it. Link to the subgraph's id instead of a node inside it to keep its direction.",
                    DiagramErrorKind.Ignored));
            }
        }
    }

    private void Header()
    {
        var word = MermaidSource.FirstWord(Text);
        _at = word.Length;
        SkipSpace();
        var direction = ReadWord();
        if (direction.Length > 0)
        {
            if (ParseDirection(direction) is { } parsed)
            {
                _graph.Direction = parsed;
            }
            else
            {
                _at -= direction.Length;
                Error($"'{direction}' is not a flowchart direction: write TB, TD, BT, LR or RL.");
            }
        }
    }

    private void Statement()
    {
        var start = _at;
        var word = ReadWord();
        switch (word)
        {
            case "subgraph":
                Subgraph();
                return;
            case "end" when AtStatementEnd():
                if (_open.Count == 0)
                {
                    _at = start;
                    Error("'end' closes no subgraph.");
                    return;
                }

                _open.Pop();
                return;
            case "direction" when _open.Count > 0:
                SkipSpace();
                var direction = ReadWord();
                if (ParseDirection(direction) is { } parsed)
                {
                    _open.Peek().Direction = parsed;
                    _open.Peek().DirectionAt = (_line.Line, _line.Column + start);
                }
                else
                {
                    Error($"'{direction}' is not a direction: write TB, TD, BT, LR or RL.");
                }

                return;
            case "classDef" or "class" or "style" or "linkStyle" or "click" or "accTitle" or "accDescr" or "accTitle:" or "accDescr:":
                if (!word.StartsWith("acc", StringComparison.Ordinal))
                {
                    Ignored(start, word, $"'{word}' statements are accepted but not drawn: diagrams take the theme's colours, for light and dark.");
                }

                _at = Text.Length;
                return;
        }

        _at = start;
        Chain();
    }

    private void Subgraph()
    {
        SkipSpace();
        var rest = Text[_at..];
        var semicolon = rest.IndexOf(';', StringComparison.Ordinal);
        var header = (semicolon >= 0 && !rest[..semicolon].Contains('"', StringComparison.Ordinal) ? rest[..semicolon] : rest).Trim();
        _at += header.Length;
        string id;
        IReadOnlyList<string> title;
        var bracket = SubgraphWithTitle().Match(header);
        if (header.Length == 0)
        {
            id = "subgraph" + (_graph.Subgraphs.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            title = [""];
        }
        else if (bracket.Success)
        {
            id = bracket.Groups["id"].Value;
            title = LabelText.Lines(bracket.Groups["title"].Value);
        }
        else if (header.StartsWith('"'))
        {
            title = LabelText.Lines(header);
            id = string.Join(" ", title);
        }
        else
        {
            id = header;
            title = LabelText.Lines(header);
        }

        if (_graph.SubgraphsById.ContainsKey(id))
        {
            id += "-" + (_graph.Subgraphs.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var subgraph = new FlowSubgraph(id, title, _open.Count > 0 ? _open.Peek() : null);
        _graph.Subgraphs.Add(subgraph);
        _graph.SubgraphsById[id] = subgraph;
        _open.Push(subgraph);
    }

    /// <summary>Node groups joined by links: <c>a &amp; b --> c -- text --> d</c>.</summary>
    private void Chain()
    {
        var left = NodeGroup();
        if (left is null)
        {
            return;
        }

        while (true)
        {
            SkipSpace();
            if (_at >= Text.Length || Text[_at] == ';')
            {
                return;
            }

            var link = Link();
            if (link is null)
            {
                return;
            }

            SkipSpace();
            var right = NodeGroup();
            if (right is null)
            {
                return;
            }

            foreach (var from in left)
            {
                foreach (var to in right)
                {
                    _graph.Edges.Add(link with { From = from, To = to });
                }
            }

            left = right;
        }
    }

    private List<string>? NodeGroup()
    {
        var ids = new List<string>();
        while (true)
        {
            SkipSpace();
            var id = Node();
            if (id is null)
            {
                return null;
            }

            ids.Add(id);
            SkipSpace();
            if (_at < Text.Length && Text[_at] == '&')
            {
                _at++;
                continue;
            }

            return ids;
        }
    }

    private string? Node()
    {
        var start = _at;
        while (_at < Text.Length && IsIdChar(_at))
        {
            _at++;
        }

        if (_at == start)
        {
            Error(_at >= Text.Length ? "A link needs a node after it." : $"Expected a node id, found '{Text[_at]}'.");
            return null;
        }

        var id = Text[start.._at];
        var node = Mention(id, start);
        if (_at < Text.Length && Text[_at] == '@' && _at + 1 < Text.Length && Text[_at + 1] == '{')
        {
            return ShapeData(node) ? id : null;
        }

        if (!Shape(node))
        {
            return null;
        }

        if (_at + 2 < Text.Length && Text.AsSpan(_at).StartsWith(":::"))
        {
            var classStart = _at;
            _at += 3;
            while (_at < Text.Length && IsIdChar(_at))
            {
                _at++;
            }

            Ignored(classStart, ":::", "':::class' is accepted but not drawn: diagrams take the theme's colours, for light and dark.");
        }

        return id;
    }

    private FlowNode Mention(string id, int column)
    {
        if (!_graph.NodesById.TryGetValue(id, out var node))
        {
            node = new FlowNode(id, _line.Line, _line.Column + column);
            _graph.Nodes.Add(node);
            _graph.NodesById[id] = node;
        }

        if (node.Subgraph is null && _open.Count > 0)
        {
            node.Subgraph = _open.Peek();
        }

        return node;
    }

    private static readonly (string Open, string Close, NodeShape Shape)[] Shapes =
    [
        ("(((", ")))", NodeShape.DoubleCircle), ("((", "))", NodeShape.Circle), ("([", "])", NodeShape.Stadium),
        ("[[", "]]", NodeShape.Subroutine), ("[(", ")]", NodeShape.Cylinder), ("{{", "}}", NodeShape.Hexagon),
        ("[/", "/]", NodeShape.Parallelogram), ("[/", "\\]", NodeShape.Trapezoid),
        ("[\\", "\\]", NodeShape.ParallelogramAlt), ("[\\", "/]", NodeShape.TrapezoidAlt),
        ("{", "}", NodeShape.Rhombus), ("(", ")", NodeShape.Round), ("[", "]", NodeShape.Rect), (">", "]", NodeShape.Asymmetric),
    ];

    private bool Shape(FlowNode node)
    {
        var rest = Text.AsSpan(_at);
        foreach (var (open, _, _) in Shapes)
        {
            if (!rest.StartsWith(open, StringComparison.Ordinal))
            {
                continue;
            }

            var openAt = _at;
            var textStart = _at + open.Length;
            // The first closer of any shape with this opener ends the text; a quoted text may hold any of them.
            var candidates = Shapes.Where(s => s.Open == open).ToArray();
            var (textEnd, closeAt, shape, close) = FindCloser(textStart, candidates);
            if (closeAt < 0)
            {
                _at = openAt;
                Error($"The node '{node.Id}' opens its shape with '{open}' but never closes it with '{candidates[0].Close}'.");
                return false;
            }

            node.Label = LabelText.Lines(Text[textStart..textEnd]);
            node.Shape = shape;
            node.ShapeGiven = true;
            _at = closeAt + close.Length;
            return true;
        }

        return true;
    }

    private (int TextEnd, int CloseAt, NodeShape Shape, string Close) FindCloser(int start, (string Open, string Close, NodeShape Shape)[] candidates)
    {
        var i = start;
        while (i < Text.Length && Text[i] == ' ')
        {
            i++;
        }

        if (i < Text.Length && Text[i] == '"')
        {
            var quote = Text.IndexOf('"', i + 1);
            if (quote < 0)
            {
                return (-1, -1, NodeShape.Rect, "");
            }

            var after = quote + 1;
            while (after < Text.Length && Text[after] == ' ')
            {
                after++;
            }

            foreach (var candidate in candidates)
            {
                if (Text.AsSpan(after).StartsWith(candidate.Close, StringComparison.Ordinal))
                {
                    return (quote + 1, after, candidate.Shape, candidate.Close);
                }
            }

            return (-1, -1, NodeShape.Rect, "");
        }

        for (var at = start; at < Text.Length; at++)
        {
            foreach (var candidate in candidates)
            {
                if (Text.AsSpan(at).StartsWith(candidate.Close, StringComparison.Ordinal))
                {
                    return (at, at, candidate.Shape, candidate.Close);
                }
            }
        }

        return (-1, -1, NodeShape.Rect, "");
    }

    /// <summary>Mermaid 11's <c>A@{ shape: diamond, label: "Decide" }</c>, for the shapes the bracket syntax has.</summary>
    private bool ShapeData(FlowNode node)
    {
        var close = Text.IndexOf('}', _at);
        if (close < 0)
        {
            Error($"The node '{node.Id}' opens its data with '@{{' but never closes it with '}}'.");
            return false;
        }

        var body = Text[(_at + 2)..close];
        foreach (Match field in DataField().Matches(body))
        {
            var value = field.Groups["value"].Value.Trim();
            switch (field.Groups["key"].Value)
            {
                case "label":
                    node.Label = LabelText.Lines(value);
                    break;
                case "shape":
                    if (NamedShape(value.Trim('"')) is { } shape)
                    {
                        node.Shape = shape;
                        node.ShapeGiven = true;
                    }
                    else
                    {
                        Ignored(_at, "shape:" + value, $"The shape '{value}' is not one Inkstone draws; the node is drawn as a rectangle.");
                        node.ShapeGiven = true;
                    }

                    break;
            }
        }

        _at = close + 1;
        return true;
    }

    private static NodeShape? NamedShape(string name) => name switch
    {
        "rect" or "proc" or "process" or "rectangle" => NodeShape.Rect,
        "rounded" or "event" => NodeShape.Round,
        "stadium" or "pill" or "terminal" => NodeShape.Stadium,
        "subroutine" or "subproc" or "fr-rect" or "framed-rectangle" => NodeShape.Subroutine,
        "cyl" or "cylinder" or "db" or "database" => NodeShape.Cylinder,
        "circle" or "circ" => NodeShape.Circle,
        "dbl-circ" or "double-circle" => NodeShape.DoubleCircle,
        "odd" => NodeShape.Asymmetric,
        "diam" or "diamond" or "decision" or "question" => NodeShape.Rhombus,
        "hex" or "hexagon" or "prepare" => NodeShape.Hexagon,
        "lean-r" or "lean-right" or "in-out" => NodeShape.Parallelogram,
        "lean-l" or "lean-left" or "out-in" => NodeShape.ParallelogramAlt,
        "trap-b" or "trapezoid" or "priority" or "trapezoid-bottom" => NodeShape.Trapezoid,
        "trap-t" or "manual" or "inv-trapezoid" or "trapezoid-top" => NodeShape.TrapezoidAlt,
        _ => null,
    };

    private FlowEdge? Link()
    {
        var start = _at;
        var plain = PlainLink().Match(Text, _at);
        if (plain.Success && IsCompleteLink(plain))
        {
            _at += plain.Length;
            var edge = MakeEdge(plain.Groups["s"].Value, plain.Groups["body"].Value, plain.Groups["e"].Value, null);
            SkipSpace();
            if (_at < Text.Length && Text[_at] == '|')
            {
                var close = Text.IndexOf('|', _at + 1);
                if (close < 0)
                {
                    Error("The link's label opens with '|' but never closes.");
                    return null;
                }

                edge = edge with { Label = LabelText.Lines(Text[(_at + 1)..close]) };
                _at = close + 1;
            }

            return edge;
        }

        var texted = TextLink().Match(Text, _at);
        if (texted.Success)
        {
            _at += texted.Length;
            var body = texted.Groups["open"].Value[0] == '=' ? texted.Groups["close"].Value
                : texted.Groups["open"].Value == "-." ? "-" + texted.Groups["close"].Value
                : texted.Groups["close"].Value;
            return MakeEdge(texted.Groups["s"].Value, body, texted.Groups["e"].Value, LabelText.Lines(texted.Groups["text"].Value));
        }

        _at = start;
        Error($"Expected a link (-->, ---, -.->, ==>, ~~~ …) here, found '{Excerpt()}'.");
        return null;
    }

    private bool IsCompleteLink(Match plain)
    {
        var body = plain.Groups["body"].Value;
        if (plain.Groups["e"].Success && plain.Groups["e"].Length > 0)
        {
            return true;
        }

        return body[0] == '~' || body.Contains('.', StringComparison.Ordinal) || body.Length >= 3;
    }

    private static FlowEdge MakeEdge(string start, string body, string end, IReadOnlyList<string>? label)
    {
        var stroke = body[0] switch
        {
            '=' => EdgeStroke.Thick,
            '~' => EdgeStroke.Invisible,
            _ => body.Contains('.', StringComparison.Ordinal) ? EdgeStroke.Dotted : EdgeStroke.Normal,
        };
        var hasEnd = end.Length > 0;
        var length = stroke switch
        {
            EdgeStroke.Dotted => body.Count(c => c == '.') - 1,
            EdgeStroke.Invisible => body.Length - 3,
            _ => body.Length - (hasEnd ? 2 : 3),
        };
        return new FlowEdge("", "", stroke, End(start), End(end), label is { Count: > 0 } && label.Any(l => l.Length > 0) ? label : null, System.Math.Max(0, length));
    }

    private static EdgeEnd End(string mark) => mark switch
    {
        "<" or ">" => EdgeEnd.Arrow,
        "o" => EdgeEnd.Circle,
        "x" => EdgeEnd.Cross,
        _ => EdgeEnd.None,
    };

    private static FlowDirection? ParseDirection(string word) => word switch
    {
        "TB" or "TD" or "v" => FlowDirection.TopToBottom,
        "BT" or "^" => FlowDirection.BottomToTop,
        "LR" or ">" => FlowDirection.LeftToRight,
        "RL" or "<" => FlowDirection.RightToLeft,
        _ => null,
    };

    private string Text => _line.Text;

    private bool IsIdChar(int at)
    {
        var c = Text[at];
        if (char.IsLetterOrDigit(c) || c == '_' || c > 0x7F && !char.IsWhiteSpace(c) && !char.IsPunctuation(c))
        {
            // A link's end mark right after an id (A---oB is rare; A --o B is the norm) belongs to the id.
            return true;
        }

        // A hyphen inside an id (data-store), but not the start of a link.
        return c == '-' && at > 0 && at + 1 < Text.Length && char.IsLetterOrDigit(Text[at + 1]) && IsIdCharBefore(at);
    }

    private bool IsIdCharBefore(int at) => char.IsLetterOrDigit(Text[at - 1]) || Text[at - 1] == '_';

    private bool AtStatementEnd()
    {
        var i = _at;
        while (i < Text.Length && Text[i] == ' ')
        {
            i++;
        }

        return i >= Text.Length || Text[i] == ';';
    }

    private string ReadWord()
    {
        var start = _at;
        while (_at < Text.Length && !char.IsWhiteSpace(Text[_at]) && Text[_at] != ';')
        {
            _at++;
        }

        return Text[start.._at];
    }

    private void SkipSpace()
    {
        while (_at < Text.Length && char.IsWhiteSpace(Text[_at]))
        {
            _at++;
        }
    }

    /// <summary>Skips blanks and statement separators; false at the end of the line.</summary>
    private bool SkipSpaceAndSemicolons()
    {
        while (_at < Text.Length && (char.IsWhiteSpace(Text[_at]) || Text[_at] == ';'))
        {
            _at++;
        }

        return _at < Text.Length;
    }

    private string Excerpt()
    {
        var rest = Text[_at..];
        return rest.Length > 12 ? rest[..12] + "…" : rest;
    }

    private void Error(string message) => Error(_line.Line, _line.Column + _at, message);

    private void Error(int line, int column, string message) => _errors.Add(new DiagramError(line, column, message));

    private void Ignored(int at, string kind, string message)
    {
        if (_ignoredReported.Add(kind.StartsWith("shape:", StringComparison.Ordinal) ? kind : kind.TrimEnd(':')))
        {
            _errors.Add(new DiagramError(_line.Line, _line.Column + at, message, DiagramErrorKind.Ignored));
        }
    }

    [GeneratedRegex(@"\G(?<s>[<ox](?=[-=.~]))?(?<body>-{2,}|={2,}|-\.+-|~{3,})(?<e>[>]|[ox](?![\p{L}\p{N}_]))?")]
    private static partial Regex PlainLink();

    [GeneratedRegex(@"\G(?<s>[<ox])?(?:(?<open>--)\s*(?<text>[^-|][^|]*?)\s*(?<close>-{2,})|(?<open>==)\s*(?<text>[^=|][^|]*?)\s*(?<close>={2,})|(?<open>-\.)\s*(?<text>[^.|][^|]*?)\s*(?<close>\.+-))(?<e>[>]|[ox](?![\p{L}\p{N}_]))?")]
    private static partial Regex TextLink();

    [GeneratedRegex(@"^(?<id>[^\s\[""]+)\s*\[(?<title>.*)\]$")]
    private static partial Regex SubgraphWithTitle();

    [GeneratedRegex(@"(?<key>[a-zA-Z]+)\s*:\s*(?<value>""[^""]*""|[^,]+)")]
    private static partial Regex DataField();
}
