namespace Inkstone.Diagrams.Internal.Sequence;

/// <summary>A participant (a box) or actor (a figure), in the order first declared or mentioned.</summary>
internal sealed record Participant(string Id, IReadOnlyList<string> Label, bool IsActor, int Index);

internal enum MessageHead
{
    None,
    Filled,
    Cross,
    Open,
}

internal enum NotePlacement
{
    LeftOf,
    RightOf,
    Over,
}

/// <summary>The kinds of frame Mermaid draws around messages.</summary>
internal enum BlockKind
{
    Loop,
    Alt,
    Opt,
    Par,
    Critical,
    Break,
    Rect,
    Box,
}

internal abstract record SequenceItem(int Line);

/// <summary>A <c>box</c> around the participants declared inside it: its title (may be empty) and its colour as a theme tint.</summary>
internal sealed class ParticipantBox(string label, BoxTint tint)
{
    public string Label { get; } = label;

    public BoxTint Tint { get; } = tint;

    /// <summary>The indices of the participants declared inside the box.</summary>
    public List<int> Members { get; } = [];
}

/// <summary>A message; <see cref="ActivateTarget"/> is Mermaid's <c>+</c>, <see cref="DeactivateSource"/> its <c>-</c>.</summary>
internal sealed record Message(int Line, int From, int To, IReadOnlyList<string> Text, bool Dotted, MessageHead Head, bool Both, bool ActivateTarget, bool DeactivateSource)
    : SequenceItem(Line);

internal sealed record Note(int Line, NotePlacement Placement, int First, int Last, IReadOnlyList<string> Text) : SequenceItem(Line);

internal sealed record Activation(int Line, int Participant, bool On) : SequenceItem(Line);

internal sealed record BlockStart(int Line, BlockKind Kind, string Label) : SequenceItem(Line);

/// <summary><c>else</c>, <c>and</c> or <c>option</c>: a new section of the open block.</summary>
internal sealed record BlockSection(int Line, string Label) : SequenceItem(Line);

internal sealed record BlockEnd(int Line) : SequenceItem(Line);

internal sealed class SequenceDiagram
{
    public List<Participant> Participants { get; } = [];

    public Dictionary<string, Participant> ById { get; } = new(StringComparer.Ordinal);

    public List<SequenceItem> Items { get; } = [];

    /// <summary>Mermaid's <c>box</c> groups, in the order written.</summary>
    public List<ParticipantBox> Boxes { get; } = [];

    public bool Autonumber { get; set; }

    public string? Title { get; set; }
}
