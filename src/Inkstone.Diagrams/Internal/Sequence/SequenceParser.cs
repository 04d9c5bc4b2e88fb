using System.Text.RegularExpressions;
using Inkstone.Diagrams.Internal.Mermaid;

namespace Inkstone.Diagrams.Internal.Sequence;

/// <summary>
/// Reads Mermaid's <c>sequenceDiagram</c>: participants and actors with aliases, messages of every arrow, activations
/// (<c>+</c>/<c>-</c> and <c>activate</c>/<c>deactivate</c>), notes, <c>loop</c>/<c>alt</c>/<c>else</c>/<c>opt</c>/<c>par</c>/<c>and</c>/
/// <c>critical</c>/<c>option</c>/<c>break</c>/<c>rect</c> blocks, <c>box</c> groups of participants, <c>autonumber</c> and <c>title</c>.
/// </summary>
internal sealed partial class SequenceParser
{
    private readonly SequenceDiagram _diagram = new();
    private readonly List<DiagramError> _errors = [];
    private readonly Stack<(BlockKind Kind, SourceLine Line)> _open = new();
    private readonly HashSet<string> _ignored = new(StringComparer.Ordinal);
    private ParticipantBox? _box;

    public static (SequenceDiagram Diagram, IReadOnlyList<DiagramError> Errors) Parse(MermaidSource source)
    {
        var parser = new SequenceParser();
        for (var i = 1; i < source.Lines.Count && parser._errors.All(e => e.Kind != DiagramErrorKind.Syntax); i++)
        {
            parser.Statement(source.Lines[i]);
        }

        var rest = source.Lines[0].Text["sequenceDiagram".Length..].Trim();
        if (rest.Length > 0 && parser._errors.Count == 0)
        {
            parser.Statement(source.Lines[0] with { Text = rest, Column = source.Lines[0].Column + source.Lines[0].Text.Length - rest.Length });
        }

        if (parser._open.Count > 0 && parser._errors.All(e => e.Kind != DiagramErrorKind.Syntax))
        {
            var (kind, line) = parser._open.Peek();
            parser._errors.Add(new DiagramError(line.Line, line.Column, $"The '{kind.ToString().ToLowerInvariant()}' block is never closed: add 'end' after its last message."));
        }

        parser._diagram.Title ??= source.Title;
        return (parser._diagram, parser._errors);
    }

    private void Statement(SourceLine line)
    {
        var text = line.Text.TrimEnd(';').Trim();
        var word = MermaidSource.FirstWord(text);
        var rest = text[word.Length..].Trim();
        switch (word)
        {
            case "participant" or "actor":
                Declare(line, rest, word == "actor");
                return;
            case "create":
                var created = MermaidSource.FirstWord(rest);
                if (created is "participant" or "actor")
                {
                    Declare(line, rest[created.Length..].Trim(), created == "actor");
                    return;
                }

                break;
            case "destroy" or "link" or "links" or "properties" or "details":
                Ignore(line, word, $"'{word}' is accepted but not drawn.");
                return;
            case "autonumber":
                _diagram.Autonumber = !rest.Equals("off", StringComparison.Ordinal);
                return;
            case "title" or "title:":
                _diagram.Title = rest.TrimStart(':').Trim();
                return;
            case "accTitle:" or "accDescr:" or "accTitle" or "accDescr":
                return;
            case "activate" or "deactivate":
                _diagram.Items.Add(new Activation(line.Line, Mention(rest, line), word == "activate"));
                return;
            case "loop" or "alt" or "opt" or "par" or "critical" or "break" or "rect" or "box":
                var kind = Enum.Parse<BlockKind>(word, ignoreCase: true);
                _open.Push((kind, line));
                if (kind == BlockKind.Box)
                {
                    if (_box is not null)
                    {
                        Error(line, 0, "A 'box' cannot hold another box: close the first with 'end'.");
                        return;
                    }

                    var (tint, label) = BoxColour.Read(rest);
                    _box = new ParticipantBox(LabelText.Plain(label), tint);
                    _diagram.Boxes.Add(_box);
                    return;
                }

                _diagram.Items.Add(new BlockStart(line.Line, kind, kind == BlockKind.Rect ? "" : LabelText.Plain(rest)));
                return;
            case "else" or "and" or "option":
                if (_open.Count == 0 || _open.Peek().Kind is BlockKind.Box or BlockKind.Rect)
                {
                    Error(line, 0, $"'{word}' is outside any alt, par or critical block.");
                    return;
                }

                _diagram.Items.Add(new BlockSection(line.Line, LabelText.Plain(rest)));
                return;
            case "end":
                if (_open.Count == 0)
                {
                    Error(line, 0, "'end' closes no block.");
                    return;
                }

                if (_open.Pop().Kind != BlockKind.Box)
                {
                    _diagram.Items.Add(new BlockEnd(line.Line));
                }
                else
                {
                    _box = null;
                }

                return;
        }

        if (word.Equals("note", StringComparison.OrdinalIgnoreCase))
        {
            NoteStatement(line, text);
            return;
        }

        MessageStatement(line, text);
    }

    private void Declare(SourceLine line, string rest, bool actor)
    {
        var match = Declaration().Match(rest);
        if (!match.Success)
        {
            Error(line, line.Text.Length - rest.Length, "Expected a participant's name, as in 'participant A as Alice'.");
            return;
        }

        var id = match.Groups["id"].Value;
        var label = match.Groups["alias"].Success ? LabelText.Lines(match.Groups["alias"].Value) : LabelText.Lines(id);
        int index;
        if (_diagram.ById.TryGetValue(id, out var existing))
        {
            _diagram.Participants[existing.Index] = existing with { Label = label, IsActor = actor };
            _diagram.ById[id] = _diagram.Participants[existing.Index];
            index = existing.Index;
        }
        else
        {
            index = Add(id, label, actor).Index;
        }

        if (_box is not null && !_diagram.Boxes.Any(b => b.Members.Contains(index)))
        {
            _box.Members.Add(index);
        }
    }

    private int Mention(string id, SourceLine line)
    {
        id = id.Trim();
        if (id.Length == 0)
        {
            Error(line, line.Text.Length, "Expected a participant here.");
            return 0;
        }

        return _diagram.ById.TryGetValue(id, out var known) ? known.Index : Add(id, [id], false).Index;
    }

    private Participant Add(string id, IReadOnlyList<string> label, bool actor)
    {
        var participant = new Participant(id, label, actor, _diagram.Participants.Count);
        _diagram.Participants.Add(participant);
        _diagram.ById[id] = participant;
        return participant;
    }

    private void NoteStatement(SourceLine line, string text)
    {
        var match = NoteSyntax().Match(text);
        if (!match.Success)
        {
            Error(line, 0, "Expected 'Note left of A: text', 'Note right of A: text' or 'Note over A,B: text'.");
            return;
        }

        var placement = match.Groups["place"].Value.ToLowerInvariant() switch
        {
            "left of" => NotePlacement.LeftOf,
            "right of" => NotePlacement.RightOf,
            _ => NotePlacement.Over,
        };
        var names = match.Groups["who"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0 || names.Length > 2 || placement != NotePlacement.Over && names.Length > 1)
        {
            Error(line, match.Groups["who"].Index, "A note stands left or right of one participant, or over one or two.");
            return;
        }

        var first = Mention(names[0], line);
        var last = names.Length > 1 ? Mention(names[1], line) : first;
        _diagram.Items.Add(new Note(line.Line, placement, System.Math.Min(first, last), System.Math.Max(first, last), LabelText.Lines(match.Groups["text"].Value)));
    }

    private void MessageStatement(SourceLine line, string text)
    {
        var match = MessageSyntax().Match(text);
        if (!match.Success)
        {
            Error(line, 0, $"Expected a message such as 'A->>B: text', a note, or a block; found '{(text.Length > 24 ? text[..24] + "…" : text)}'.");
            return;
        }

        var arrow = match.Groups["arrow"].Value;
        var from = Mention(match.Groups["from"].Value, line);
        var to = Mention(match.Groups["to"].Value, line);
        var modifier = match.Groups["mod"].Value;
        var head = arrow.TrimStart('<', '-') switch
        {
            ">>" => MessageHead.Filled,
            ">" => MessageHead.None,
            "x" => MessageHead.Cross,
            ")" => MessageHead.Open,
            _ => MessageHead.Filled,
        };
        _diagram.Items.Add(new Message(line.Line, from, to, LabelText.Lines(match.Groups["text"].Value), arrow.Contains("--", StringComparison.Ordinal), head,
            arrow.StartsWith("<<", StringComparison.Ordinal), modifier == "+", modifier == "-"));
    }

    private void Error(SourceLine line, int at, string message) => _errors.Add(new DiagramError(line.Line, line.Column + at, message));

    private void Ignore(SourceLine line, string word, string message)
    {
        if (_ignored.Add(word))
        {
            _errors.Add(new DiagramError(line.Line, line.Column, message, DiagramErrorKind.Ignored));
        }
    }

    [GeneratedRegex(@"^(?<id>[^\s,:;]+)(?:\s+as\s+(?<alias>.+))?$")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^note\s+(?<place>left\s+of|right\s+of|over)\s+(?<who>[^:]+?)\s*:\s*(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoteSyntax();

    [GeneratedRegex(@"^(?<from>[^\s<>:+\-][^<>:]*?)\s*(?<arrow><<-->>|<<->>|-->>|->>|--x|-x|--\)|-\)|-->|->)\s*(?<mod>[+-])?\s*(?<to>[^\s:+\-][^:]*?)\s*(?::\s*(?<text>.*))?$")]
    private static partial Regex MessageSyntax();
}
